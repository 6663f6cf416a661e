using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Finds the as-of date that a sentence binds to a count.</summary>
internal static partial class AsOfDates
{
    private const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    // "December 31, 2023", "Dec. 31, 2023", "31 December 2023".
    internal const string Date =
        @"(?:(?<month>" + Month + @")\s*(?<day>\d{1,2})\s*,?\s*(?<year>(?:19|20)\d{2})"
        + @"|(?<day>\d{1,2})\s+(?<month>" + Month + @")\s*,?\s*(?<year>(?:19|20)\d{2}))\b";

    // Only a date introduced as a point in time binds to a count; "in March 2023" or "ended June 30" do not.
    internal const string Phrase = @"\b(?:as\s+(?:of|at)|at|on)\s+" + Date;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>
    /// The date bound to the count ending at <paramref name="countEnd"/>: a date phrase right after it
    /// ("67,317 employees as of December 31, 2023") wins; otherwise the nearest one before the count
    /// ("As of December 31, 2023, Alphabet had 182,502 employees"). Null when the sentence states none.
    /// </summary>
    public static DateOnly? Bound(string sentence, int countStart, int countEnd)
    {
        var after = After().Match(sentence, countEnd);
        if (after.Success && TryRead(after, out var following))
        {
            return following;
        }

        DateOnly? preceding = null;
        foreach (Match m in PhraseRegex().Matches(sentence))
        {
            if (m.Index + m.Length > countStart)
            {
                break;
            }

            if (TryRead(m, out var date))
            {
                preceding = date;
            }
        }

        return preceding;
    }

    /// <summary>Reads the month, day and year groups of a match of <see cref="Date"/>.</summary>
    public static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        var monthText = match.Groups["month"].Value.TrimEnd('.');
        var month = Array.FindIndex(
            MonthNames,
            name => name.Length > 0 && name.StartsWith(monthText[..Math.Min(3, monthText.Length)], StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // Anchored at the count's end; the gap may hold words ("on a full-time basis", "worldwide") but no
    // digits, so a later number's date is never borrowed.
    [GeneratedRegex(@"\G[^\d;.]{0,60}?" + Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();
}
