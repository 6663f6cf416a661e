using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>Finds the period a reduction is to be carried out over, as the sentence words it.</summary>
internal static partial class TimeFrames
{
    private const string Year = @"(?:19|20)\d{2}";

    // Fiscal labels stay text ("FY23 Q3"): mapping them to dates needs the company's fiscal calendar.
    private const string Fiscal = @"FY\s?\d{2,4}(?:\s+Q[1-4])?|Q[1-4](?:\s+(?:of\s+)?(?:FY\s?|fiscal\s+)?\d{2,4})?";

    /// <summary>"through the end of FY23 Q3", "in the next few weeks", "by the end of 2023"; null when none is stated.</summary>
    public static string? Find(string sentence)
    {
        var match = TimeFrame().Match(sentence);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(
        @"\b(?:(?:through|by|before|until|till)\s+the\s+end\s+of\s+(?:(?:the|this|our|fiscal|calendar|next)\s+)*"
        + @"(?:" + Fiscal + @"|(?:first|second|third|fourth)\s+quarter(?:\s+of\s+(?:fiscal\s+)?" + Year + @")?|" + Year
        + @"|year|quarter|month|" + DatePhrases.Month + @"(?:\s+" + Year + @")?)"
        + @"|(?:in|over|within|during)\s+the\s+(?:next|coming)\s+(?:(?:few|several|couple\s+of|\d+|two|three|four|six|twelve|eighteen)\s+)?"
        + @"(?:days|weeks|months|quarters|years)"
        + @"|(?:through|by|until)\s+(?:(?:fiscal\s+)?" + Year + @"|FY\s?\d{2,4}(?:\s+Q[1-4])?|" + DatePhrases.Month + @"\s+" + Year + @"))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeFrame();
}
