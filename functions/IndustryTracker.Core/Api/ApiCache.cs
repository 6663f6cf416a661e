using IndustryTracker.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace IndustryTracker.Core.Api;

/// <summary>
/// Conditional requests and an in-memory cache keyed by ETag. The ETag is derived from the request and the data
/// versions of the partitions it reads, so any recompute of those partitions invalidates it; a matching
/// If-None-Match answers 304 without reading a row.
/// </summary>
public sealed class ApiCache(VersionStore versions, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    public async Task<IResult> RespondAsync(ApiRequest? request, IEnumerable<string> partitions, Func<Task<IResult>> produce, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return await produce();
        }

        var version = await versions.CombinedAsync(partitions, cancellationToken);
        var etag = $"\"{VersionStore.HashOf([request.Key, version])}\"";
        if (request.IfNoneMatch is { } tags && tags.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*" || t == "W/" + etag))
        {
            return new CachedResult(Results.Empty, etag, notModified: true);
        }

        if (!cache.TryGetValue(etag, out IResult? result) || result is null)
        {
            result = await produce();
            // Only successes are cached; a problem is recomputed (and is cheap).
            if (result is IStatusCodeHttpResult { StatusCode: null or 200 })
            {
                cache.Set(etag, result, Entry);
            }
        }

        return new CachedResult(result, etag, notModified: false);
    }
}
