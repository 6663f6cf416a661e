using IndustryTracker.Core.Fetching;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// The one client all SEC requests go through. Its pipeline (registered in <c>AddSecSource</c>) holds the shared
/// rate limiter, retries honouring Retry-After, and timeouts. Bodies are capped by kind while they stream.
/// </summary>
public sealed class SecClient(HttpClient http, IOptions<SecOptions> options)
{
    public const string Name = "sec";

    /// <summary>A filing's document, an exhibit or a filing index: at most <see cref="SecOptions.MaxFilingMegabytes"/>.</summary>
    public Task<FetchResult> FetchAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, options.Value.MaxFilingMegabytes * Megabyte, cancellationToken);

    /// <summary>A company's submissions listing or company facts: at most <see cref="SecOptions.MaxCompanyDataMegabytes"/>.</summary>
    public Task<FetchResult> FetchCompanyDataAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, options.Value.MaxCompanyDataMegabytes * Megabyte, cancellationToken);

    private const long Megabyte = 1024 * 1024;
}
