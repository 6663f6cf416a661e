using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>Open Graph and article meta tags of a page.</summary>
internal static class ArticleMeta
{
    /// <summary>
    /// The content of the first &lt;meta&gt; whose property (Open Graph's attribute) or name (what many CMSs
    /// write instead) is <paramref name="key"/>; null when absent or blank.
    /// </summary>
    public static string? Content(IDocument html, string key)
    {
        var content = html.QuerySelectorAll("meta[property], meta[name]")
            .FirstOrDefault(m => Is(m.GetAttribute("property"), key) || Is(m.GetAttribute("name"), key))
            ?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(content) ? null : content;
    }

    private static bool Is(string? attribute, string key) =>
        string.Equals(attribute?.Trim(), key, StringComparison.OrdinalIgnoreCase);
}
