using IndustryTracker.Core.Fetching;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>
/// Typed client for company newsroom feeds and article pages, with the standard resilience pipeline; feeds and
/// articles are each read at most to their own size limit.
/// </summary>
public sealed class NewsroomClient(HttpClient http, IOptions<NewsroomOptions> options)
{
    public Task<FetchResult> FetchFeedAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, options.Value.MaxFeedMegabytes * Megabyte, cancellationToken);

    public Task<FetchResult> FetchArticleAsync(Uri url, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, Validators.None, options.Value.MaxArticleMegabytes * Megabyte, cancellationToken);

    private const long Megabyte = 1024 * 1024;
}
