using System.Globalization;
using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>
/// Reads the two-period form "As of December 31, 2023 and 2022, we had 7,000 and 6,500 employees,
/// respectively", which binds counts to dates by position rather than by adjacency.
/// </summary>
internal static partial class RespectivelyReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Hedge = @"(?:(?:approximately|about|around|roughly|nearly|over|more\s+than)\s+)?";
    private const string Count = @"\d{1,3}(?:,\d{3})+|\d+";

    /// <summary>Both counts with their dates; nothing unless the sentence has a count pair and a date pair.</summary>
    public static IEnumerable<(DateOnly AsOf, long Employees, bool Approximate, Match Match)> Read(string sentence)
    {
        var counts = CountPair().Match(sentence);
        var dates = DatePair().Match(sentence);
        if (!counts.Success || !dates.Success || CountGuards.Rejects(sentence, counts.Index)
            || !DatePhrases.TryRead(dates, out var first))
        {
            yield break;
        }

        var year2 = int.Parse(dates.Groups["year2"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var day2 = dates.Groups["day2"].Success
            ? int.Parse(dates.Groups["day2"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : first.Day;
        if (day2 < 1 || day2 > DateTime.DaysInMonth(year2, first.Month))
        {
            yield break;
        }

        // "approximately 7,000 and 6,500" hedges both counts: the adverb distributes over the pair.
        var approximate = counts.Groups["hedge"].Success;
        yield return (first, ReadCount(counts.Groups["n1"].Value), approximate, counts);
        yield return (new DateOnly(year2, first.Month, day2), ReadCount(counts.Groups["n2"].Value), approximate, counts);
    }

    private static long ReadCount(string text) =>
        long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"\b(?:had|has|have|employed|employs|employ|(?:headcount|workforce|number\s+of\s+employees)\s+(?:was|were|totall?ed))\s+"
        + @"(?<hedge>approximately|about|around|roughly|nearly|over|more\s+than)?\s*(?<n1>" + Count + @")\s+and\s+"
        + Hedge + @"(?<n2>" + Count + @")(?![.,]?\d)\s*"
        + @"(?:(?:full|part)(?:[-\s]?time)?|time|equivalent|and|regular|permanent|total|[\s,-])*"
        + @"(?:employees|people|persons|associates|team\s+members|workers|staff|personnel|FTEs)?,?\s+respectively\b",
        Options)]
    private static partial Regex CountPair();

    // "December 31, 2023 and 2022" or "December 31, 2023 and December 31, 2022" (same month only).
    [GeneratedRegex(
        @"\b(?:as\s+(?:of|at)|at)\s+" + DatePhrases.Date + @",?\s+and\s+(?:\k<month>\s*(?<day2>\d{1,2}),?\s*)?(?<year2>(?:19|20)\d{2})\b",
        Options)]
    private static partial Regex DatePair();
}
