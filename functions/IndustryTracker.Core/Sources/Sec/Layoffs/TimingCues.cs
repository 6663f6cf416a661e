using System.Text.RegularExpressions;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// Finds dated steps of a reduction that state no figure: "Beginning in November 2022, we took a number of steps to
/// reduce our expense base. For example, our cost reduction efforts have included … employee layoffs and
/// restructurings." (Meta 10-K FY2023). Such a sentence cannot be a round of its own (it counts nobody), but it can
/// tell which month of a year-dated round the layoffs began in.
/// </summary>
internal static partial class TimingCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Cheap pre-check: a year and a reduction word somewhere in the sentence.</summary>
    public static bool MayDate(ReadOnlySpan<char> raw) =>
        raw.IndexOfAnyInRange('0', '9') >= 0
        && (raw.Contains("reduc", StringComparison.OrdinalIgnoreCase) || raw.Contains("layoff", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("laid off", StringComparison.OrdinalIgnoreCase) || raw.Contains("restructur", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("job cuts", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A timing statement when the sentence dates something to a day, month or calendar quarter (a year narrows
    /// nothing) and it, or the next sentence of its paragraph, speaks of letting people go; otherwise null.
    /// </summary>
    public static WorkforceStatement? Read(string sentence, string? next)
    {
        if (AnnouncementDates.Find(sentence) is not { Date: { } date, Precision: not DatePrecision.Year } stated)
        {
            return null;
        }

        if (!Layoffs().IsMatch(sentence) && (next is null || !Layoffs().IsMatch(next)))
        {
            return null;
        }

        return new WorkforceStatement(StatementKind.Timing, null, null, null, date, stated.Precision, null, null, false, sentence);
    }

    // Words that name letting people go, not cutting costs in general: "reduce our expense base" alone is not enough.
    [GeneratedRegex(
        @"\b(?:lay-?offs?|laid\s+off|lay(?:ing)?\s+off|job\s+cuts|reductions?\s+(?:in|of)\s+(?:(?:our|the|its)\s+)?(?:work\s*force|force|headcount|staff)"
        + @"|(?:workforce|headcount|staff)\s+reductions?)\b",
        Options)]
    private static partial Regex Layoffs();
}
