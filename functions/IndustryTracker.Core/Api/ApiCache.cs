using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IndustryTracker.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Api;

/// <summary>
/// Conditional requests and an in-memory cache keyed by ETag. The ETag is derived from the request's meaning
/// (<see cref="Key"/>) and the data versions of the partitions it reads, so any recompute of those partitions
/// invalidates it; a matching If-None-Match answers 304 without reading a row. Storage down answers 503
/// (<see cref="StorageUnavailable"/>).
/// </summary>
public sealed class ApiCache(VersionStore versions, IMemoryCache cache, ILogger<ApiCache> logger)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    // Property names and order as declared, no indentation: one meaning, one text.
    private static readonly JsonSerializerOptions KeyJson = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>
    /// A request's identity: the endpoint and the values its handler parsed, validated and normalised (defaults applied,
    /// tickers as the catalog spells them), written as JSON. JSON quotes and escapes every value, so no value can forge
    /// a separator; raw query text could (<c>?from%3D2023%26to=2023</c> and <c>?from=2023&amp;to=2023</c> once shared a key,
    /// and so a cached answer). Lists keep their order where the answer follows it and are sorted where it does not.
    /// </summary>
    public static string Key(string endpoint, object meaning) =>
        JsonSerializer.Serialize(new { endpoint, meaning }, KeyJson);

    public Task<IResult> RespondAsync(ApiRequest? request, string key, IEnumerable<string> partitions, Func<Task<IResult>> produce, CancellationToken cancellationToken) =>
        StorageUnavailable.GuardAsync(() => RespondCoreAsync(request, key, partitions, produce, cancellationToken), logger, key, cancellationToken);

    private async Task<IResult> RespondCoreAsync(ApiRequest? request, string key, IEnumerable<string> partitions, Func<Task<IResult>> produce, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return await produce();
        }

        var version = await versions.CombinedAsync(partitions, cancellationToken);
        var etag = $"\"{VersionStore.HashOf([key, version])}\"";
        if (request.IfNoneMatch is { } tags && tags.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*" || t == "W/" + etag))
        {
            return new CachedResult(Results.Empty, etag, notModified: true);
        }

        if (cache.TryGetValue(etag, out IResult? cached) && cached is not null)
        {
            return new CachedResult(cached, etag, notModified: false);
        }

        var result = await produce();
        // Only successes are cached and carry an ETag: a problem (such as a continuation token past the end of the
        // list) is recomputed, and must not be something a client can revalidate into a 304.
        if (result is IStatusCodeHttpResult { StatusCode: not (null or 200) })
        {
            return result;
        }

        cache.Set(etag, result, Entry);
        return new CachedResult(result, etag, notModified: false);
    }
}
