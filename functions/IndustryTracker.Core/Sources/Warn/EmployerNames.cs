using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Reduces an employer name to the tokens that name the employer itself: lower case, HTML entities decoded, cut before
/// "dba"/"c/o"/"for"/"at" (what follows names the client or brand, not the employer: "ABM Industry Groups, LLC dba Meta")
/// and before a site label after a dash or parenthesis ("Amazon Logistics - DLA3"), dots and apostrophes dropped
/// ("Amazon.com" is one token, "L.L.C." is "llc"), trailing legal suffixes removed.
/// </summary>
internal static partial class EmployerNames
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co", "company", "plc", "pllc", "pc",
    };

    /// <summary>Words that make the rest of a name a facility label rather than a business unit ("Amazon MAK7 Facility").</summary>
    public static readonly IReadOnlySet<string> SiteWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "facility", "facilities", "site", "station", "warehouse", "plant", "campus", "office", "offices", "building", "center", "centre",
    };

    public static string[] Tokens(string name)
    {
        var text = WebUtility.HtmlDecode(name).ToLower(CultureInfo.InvariantCulture);
        var connector = Connector().Match(text);
        if (connector.Success)
        {
            text = text[..connector.Index];
        }

        var separator = text.IndexOfAny(['-', '–', '—', '(', ':', ';', '|']);
        if (separator >= 0)
        {
            text = text[..separator];
        }

        var tokens = NonWord().Split(Squeeze().Replace(text, "")).Where(t => t.Length > 0).ToList();
        while (tokens.Count > 0 && LegalSuffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count > 0 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        return [.. tokens];
    }

    [GeneratedRegex(@"\b(?:d\s*/\s*b\s*/\s*a|d\.b\.a\b|dba|a/k/a|aka|c\s*/\s*o|care of|on behalf of|for|at)\b")]
    private static partial Regex Connector();

    [GeneratedRegex(@"[.'’`]")]
    private static partial Regex Squeeze();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
