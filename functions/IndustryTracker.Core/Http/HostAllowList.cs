namespace IndustryTracker.Core.Http;

/// <summary>
/// The hosts one source may fetch from. An entry is an exact host name ("data.sec.gov"), or, starting with a dot,
/// a domain and all its subdomains (".microsoft.com").
/// </summary>
public sealed class HostAllowList(string source, IEnumerable<string> entries)
{
    private readonly string[] _entries = entries.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    public string Source { get; } = source;

    public IReadOnlyList<string> Entries => _entries;

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost.ToLowerInvariant();
        return _entries.Any(e => e.StartsWith('.') ? host.EndsWith(e, StringComparison.Ordinal) || host == e[1..] : host == e);
    }

    /// <summary>A feed vouches for its own site: its host's parent domain (news.microsoft.com → .microsoft.com), or the host itself when it has only two labels.</summary>
    public static string SiteOf(Uri feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var labels = feed.IdnHost.ToLowerInvariant().Split('.');
        return labels.Length > 2 ? "." + string.Join('.', labels[1..]) : string.Join('.', labels);
    }
}
