using System.Net;

namespace IndustryTracker.Core.Fetching;

/// <summary>The outcome of one fetch. Not-modified and failures are values, not exceptions.</summary>
public sealed record FetchResult(
    Uri Url,
    HttpStatusCode Status,
    byte[]? Body,
    string? ContentType,
    string? ETag,
    DateTimeOffset? LastModified,
    string? Error)
{
    public bool IsOk => Body is not null;

    public bool IsNotModified => Status == HttpStatusCode.NotModified;
}
