using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>A result with its validator and caching headers; a matching If-None-Match answers 304 with no body.</summary>
public sealed class CachedResult(IResult inner, string etag, bool notModified) : IResult
{
    public const string CacheControl = "private, max-age=60, must-revalidate";

    public IResult Inner { get; } = inner;
    public string ETag { get; } = etag;
    public bool NotModified { get; } = notModified;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = ETag;
        httpContext.Response.Headers.CacheControl = CacheControl;
        if (NotModified)
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return Inner.ExecuteAsync(httpContext);
    }
}
