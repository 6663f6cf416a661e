using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Documents;

/// <summary>Normalises a sentence to the form stored as evidence and matched against.</summary>
internal static partial class SentenceText
{
    /// <summary>
    /// Collapses whitespace, drops the space that inline markup leaves before punctuation
    /// ("March 31, 2019 , an increase") and strips a leading list bullet.
    /// </summary>
    public static string Normalize(string sentence)
    {
        var collapsed = Whitespace().Replace(sentence, " ");
        var tidied = SpaceBeforePunctuation().Replace(collapsed, string.Empty);
        return tidied.Trim().TrimStart('•', '●', '◦', '▪', '■', '·', '-', '–', '—', ' ');
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\S) (?=[,;:.](?:\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();
}
