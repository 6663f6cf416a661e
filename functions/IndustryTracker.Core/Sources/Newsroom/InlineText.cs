using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>One-line text such as titles: feeds and pages wrap and indent them freely.</summary>
internal static partial class InlineText
{
    public static string Collapse(string? text) =>
        text is null ? string.Empty : Whitespace().Replace(text, " ").Trim();

    // \s covers NBSP too, which CMS titles often carry.
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
