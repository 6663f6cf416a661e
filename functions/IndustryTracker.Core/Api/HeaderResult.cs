using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>A result with one extra response header (the continuation token of a paged list).</summary>
public sealed class HeaderResult(IResult inner, string name, string value) : IResult, IStatusCodeHttpResult
{
    public IResult Inner { get; } = inner;

    public int? StatusCode => (Inner as IStatusCodeHttpResult)?.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[name] = value;
        return Inner.ExecuteAsync(httpContext);
    }
}
