using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Documents;

/// <summary>
/// The calendar-date grammar shared by sentence parsers ("December 31, 2023", "Dec. 31, 2023",
/// "31 December 2023"), as regex text to compose into larger patterns, plus the reader for its groups.
/// </summary>
internal static class DatePhrases
{
    /// <summary>A month name, full or abbreviated; the group is named by the pattern that embeds it.</summary>
    public const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    /// <summary>A day-precise date with groups month, day and year.</summary>
    public const string Date =
        @"(?:(?<month>" + Month + @")\s*(?<day>\d{1,2})\s*,?\s*(?<year>(?:19|20)\d{2})"
        + @"|(?<day>\d{1,2})\s+(?<month>" + Month + @")\s*,?\s*(?<year>(?:19|20)\d{2}))\b";

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Reads the month, day and year groups of a match of <see cref="Date"/>.</summary>
    public static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>1–12 for a month name or abbreviation ("Sept."), 0 when it is none.</summary>
    public static int MonthNumber(string text)
    {
        var name = text.TrimEnd('.');
        if (name.Length < 3)
        {
            return 0;
        }

        return Array.FindIndex(
            MonthNames,
            full => full.Length > 0 && full.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;
    }
}
