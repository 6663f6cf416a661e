using IndustryTracker.Core.Fetching;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Typed client for WARN publications (GitHub raw files, state sites), with the standard resilience pipeline; a
/// file is read at most to <see cref="WarnOptions.MaxFileMegabytes"/>.
/// </summary>
public sealed class WarnClient(HttpClient http, IOptions<WarnOptions> options)
{
    public Task<FetchResult> FetchAsync(Uri url, Validators validators, CancellationToken cancellationToken) =>
        HttpFetch.GetAsync(http, url, validators, options.Value.MaxFileMegabytes * 1024L * 1024L, cancellationToken);
}
