using System.Net;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>Cleans a scraped cell: PDF-extracted exports break names over lines and pad them; some carry HTML entities.</summary>
internal static partial class WarnText
{
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
