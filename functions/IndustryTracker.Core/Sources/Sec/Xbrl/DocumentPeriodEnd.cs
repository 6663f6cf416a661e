using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>Reads the cover page's <c>dei:DocumentPeriodEndDate</c> from an inline-XBRL filing.</summary>
public static partial class DocumentPeriodEnd
{
    /// <summary>
    /// The period end the filing tags on its cover page, or null when it tags none (pre-2019 filings are not inline XBRL)
    /// or the text is not a date. Filers write it as "December 31, 2023" (ixt:date-monthname-day-year-en) or as an ISO
    /// date; both are read.
    /// </summary>
    public static DateOnly? Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.All)
        {
            if (!XbrlNames.Is(element, "ix", "nonNumeric")
                || !string.Equals(element.GetAttribute("name")?.Trim(), "dei:DocumentPeriodEndDate", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = SentenceText.Normalize(element.TextContent).Trim();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                return iso;
            }

            var match = DateText().Match(text);
            return match.Success && DatePhrases.TryRead(match, out var date) ? date : null;
        }

        return null;
    }

    [GeneratedRegex(DatePhrases.Date, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateText();
}
