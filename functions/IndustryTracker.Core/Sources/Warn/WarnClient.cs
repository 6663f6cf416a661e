using IndustryTracker.Core.Fetching;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>Typed client for WARN publications (GitHub raw files, state sites), with the standard resilience pipeline.</summary>
public sealed class WarnClient(HttpClient http)
{
    public Task<FetchResult> FetchAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, cancellationToken);
}
