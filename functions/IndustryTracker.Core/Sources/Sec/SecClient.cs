using IndustryTracker.Core.Fetching;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// The one client all SEC requests go through. Its pipeline (registered in <c>AddSecSource</c>) holds the shared
/// rate limiter, retries honouring Retry-After, and timeouts.
/// </summary>
public sealed class SecClient(HttpClient http)
{
    public const string Name = "sec";

    public Task<FetchResult> FetchAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, cancellationToken);
}
