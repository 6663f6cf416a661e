using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Finds the as-of date that a sentence binds to a count.</summary>
internal static partial class AsOfDates
{
    // Only a date introduced as a point in time binds to a count; "in March 2023" or "ended June 30" do not.
    internal const string Phrase = @"\b(?:as\s+(?:of|at)|at|on)\s+" + DatePhrases.Date;

    /// <summary>
    /// The date bound to the count ending at <paramref name="countEnd"/>: a date phrase right after it
    /// ("67,317 employees as of December 31, 2023") wins; otherwise the nearest one before the count
    /// ("As of December 31, 2023, Alphabet had 182,502 employees"). Null when the sentence states none.
    /// </summary>
    public static DateOnly? Bound(string sentence, int countStart, int countEnd)
    {
        var after = After().Match(sentence, countEnd);
        if (after.Success && DatePhrases.TryRead(after, out var following))
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

            if (DatePhrases.TryRead(m, out var date))
            {
                preceding = date;
            }
        }

        return preceding;
    }

    /// <summary>
    /// The stated date bound to the count (<see cref="Bound"/>); failing that, a date relative to the fiscal calendar
    /// ("at the end of our fiscal year", "at fiscal year-end", "at the end of 2023", in a 10-Q "at the end of the quarter")
    /// resolved to <paramref name="period"/>'s end, with <see cref="ReportPeriod.Resolution"/> saying so. A relative phrase
    /// that does not fit the report (a year other than the period's, "year end" in a 10-Q) gives null: the date of a
    /// count is never guessed.
    /// </summary>
    public static (DateOnly Date, string? Resolved)? Resolve(string sentence, int countStart, int countEnd, ReportPeriod? period)
    {
        if (Bound(sentence, countStart, countEnd) is { } stated)
        {
            return (stated, null);
        }

        if (period is null)
        {
            return null;
        }

        // As with stated dates: a phrase right after the count first, else the nearest one before it.
        var after = RelativeAfter().Match(sentence, countEnd);
        Match? chosen = after.Success ? after : null;
        if (chosen is null)
        {
            foreach (Match m in RelativeRegex().Matches(sentence))
            {
                if (m.Index + m.Length > countStart)
                {
                    break;
                }

                chosen = m;
            }
        }

        return chosen is not null && Fits(chosen, period) ? (period.End, period.Resolution) : null;
    }

    private static bool Fits(Match relative, ReportPeriod period)
    {
        if (relative.Groups["quarter"].Success)
        {
            return !period.Annual;
        }

        if (!period.Annual)
        {
            return false; // "at the end of the year" in a 10-Q is the last 10-K's date, which this report does not give
        }

        // "at the end of 2023": a fiscal year named by its calendar year. Retailers that name a year ending in
        // February 2024 "2023" are not matched; a miss is cheaper than dating a prior year's count to this year.
        return !relative.Groups["year"].Success
            || int.Parse(relative.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) == period.End.Year;
    }

    // "at the end of our fiscal year", "as of the end of fiscal 2023", "at fiscal year-end", "at year end",
    // "at the end of the year", "at the end of 2023", "at the end of the quarter", "at quarter-end".
    private const string Relative =
        @"\b(?:as\s+(?:of|at)|at)\s+(?:(?:the|our|its)\s+)?(?:"
        + @"end\s+of\s+(?:(?:our|the|its|this)\s+)?(?:(?:most\s+recent|last|current|latest)\s+)?"
        + @"(?:(?:fiscal|financial)\s+(?:year\s+)?(?<year>(?:19|20)\d{2})|(?:(?:fiscal|financial)\s+)?year(?:\s+(?<year>(?:19|20)\d{2}))?"
        + @"|(?<year>(?:19|20)\d{2})|(?:fiscal\s+)?(?<quarter>quarter))"
        + @"|(?:(?:fiscal|financial)\s+)?year[-\s]?end(?:\s+(?<year>(?:19|20)\d{2}))?"
        + @"|(?:fiscal\s+)?(?<quarter>quarter)[-\s]?end)\b";

    [GeneratedRegex(@"\G[^\d;.]{0,60}?" + Relative, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(Relative, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeRegex();

    // Anchored at the count's end; the gap may hold words ("on a full-time basis", "worldwide") but no
    // digits, so a later number's date is never borrowed.
    [GeneratedRegex(@"\G[^\d;.]{0,60}?" + Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();
}
