using IndustryTracker.Core.Fetching;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>Typed client for company newsroom feeds and article pages, with the standard resilience pipeline.</summary>
public sealed class NewsroomClient(HttpClient http)
{
    public Task<FetchResult> FetchAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, cancellationToken);
}
