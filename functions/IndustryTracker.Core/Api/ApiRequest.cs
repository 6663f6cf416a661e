using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>What the response cache needs of a request: its identity (path and sorted query) and its If-None-Match.</summary>
public sealed record ApiRequest(string Key, string? IfNoneMatch, IQueryCollection Query)
{
    public static ApiRequest From(HttpRequest request)
    {
        var query = string.Join('&', request.Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
        return new ApiRequest($"{request.Path}?{query}", request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null, request.Query);
    }

    public string? this[string name] => Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
