using System.Globalization;
using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>Finds the date a sentence gives for announcing or starting a reduction, at the precision it states.</summary>
internal static partial class AnnouncementDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Intro = @"\b(?:(?:beginning|starting)\s+)?in\s+";

    // Quarters are also dated with "during" ("During the first quarter of fiscal 2018, we approved a plan …");
    // years are not, since "during 2023" usually introduces a reporting period rather than an announcement.
    private const string QuarterIntro = @"\b(?:(?:(?:beginning|starting)\s+)?in|during)\s+";

    /// <summary>
    /// The first announcement date the sentence states. A day date needs "on" ("On January 18, 2023");
    /// a month, quarter or year needs "in" and must open a clause ("In March 2023, we …") or follow an
    /// announcing verb ("announced in March 2023"). Reporting periods ("for the year ended December 31,
    /// 2023"), deadlines ("through the end of 2023") and earlier rounds ("including the reductions
    /// announced in November 2022") are not when this statement was announced, so they are skipped.
    /// </summary>
    public static StatedDate? Find(string sentence)
    {
        var candidates = new List<(int Index, StatedDate Date, bool NeedsLead)>();
        foreach (Match m in DayDate().Matches(sentence))
        {
            if (DatePhrases.TryRead(m, out var day))
            {
                candidates.Add((m.Index, new(day, DatePrecision.Day, null), false));
            }
        }

        foreach (Match m in MonthYear().Matches(sentence))
        {
            candidates.Add((m.Index, new(new DateOnly(Year(m), DatePhrases.MonthNumber(m.Groups["month"].Value), 1), DatePrecision.Month, null), true));
        }

        foreach (Match m in Quarter().Matches(sentence))
        {
            candidates.Add((m.Index, new(new DateOnly(Year(m), ((QuarterNumber(m) - 1) * 3) + 1, 1), DatePrecision.Quarter, null), true));
        }

        // "the second quarter of fiscal 2024" is kept as stated: its dates depend on the company's fiscal year end.
        foreach (Match m in FiscalQuarterDate().Matches(sentence))
        {
            candidates.Add((m.Index, new(null, DatePrecision.Quarter, new FiscalQuarter(Year(m), QuarterNumber(m))), true));
        }

        foreach (Match m in YearOnly().Matches(sentence))
        {
            candidates.Add((m.Index, new(new DateOnly(Year(m), 1, 1), DatePrecision.Year, null), true));
        }

        foreach (var c in candidates.OrderBy(c => c.Index))
        {
            var before = sentence.AsSpan(0, c.Index);
            if (!NotThisAnnouncement().IsMatch(before) && (!c.NeedsLead || ClauseOpening().IsMatch(before) || Announcing().IsMatch(before)))
            {
                return c.Date;
            }
        }

        return null;
    }

    /// <summary>True when the sentence continues the one before it ("These measures included …", "As a result, …").</summary>
    public static bool RefersBack(string sentence) => BackReference().IsMatch(sentence);

    private static int QuarterNumber(Match m) =>
        Array.IndexOf(["first", "second", "third", "fourth"], m.Groups["q"].Value.ToLowerInvariant()) + 1;

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bon\s+(?:or\s+about\s+)?" + DatePhrases.Date, Options)]
    private static partial Regex DayDate();

    [GeneratedRegex(Intro + @"(?<month>" + DatePhrases.Month + @")\s+(?<year>(?:19|20)\d{2})\b", Options)]
    private static partial Regex MonthYear();

    // Calendar quarters only: "the third quarter of fiscal 2023" depends on the company's fiscal year.
    [GeneratedRegex(QuarterIntro + @"the\s+(?<q>first|second|third|fourth)\s+quarter\s+of\s+(?:calendar\s+)?(?<year>(?:19|20)\d{2})\b", Options)]
    private static partial Regex Quarter();

    // "the second quarter of fiscal 2024", "the first quarter of fiscal year 2017", "the first fiscal quarter of 2017".
    [GeneratedRegex(
        QuarterIntro + @"the\s+(?<q>first|second|third|fourth)\s+(?:quarter\s+of\s+fiscal(?:\s+year)?|fiscal\s+quarter\s+of(?:\s+fiscal(?:\s+year)?)?)\s+(?<year>(?:19|20)\d{2})\b",
        Options)]
    private static partial Regex FiscalQuarterDate();

    // "in 2022 and 2023" names no single year.
    [GeneratedRegex(Intro + @"(?<year>(?:19|20)\d{2})\b(?!\s*(?:and|or|to|-|–)\s*(?:19|20)\d{2})", Options)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|but)\s+)$", Options)]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"\b(?:announc\w*|approv\w*|initiat\w*|adopt\w*|committed|decided|unveil\w*)\b[^,;.]{0,40}$", Options)]
    private static partial Regex Announcing();

    [GeneratedRegex(
        @"\b(?:including|includes|included|combined\s+with|in\s+addition\s+to|between|previously|earlier|prior|ended|ending"
        + @"|through|until|by\s+the\s+end\s+of)\b[^,;]{0,40}$",
        Options)]
    private static partial Regex NotThisAnnouncement();

    [GeneratedRegex(
        @"^(?:as\s+a\s+result|as\s+part\s+of|in\s+connection\s+with|under\s+(?:this|the)\s+plan|these|this|those|such|it|they)\b"
        + @"|\b(?:these|this|such|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:measures|actions|layoffs?|reductions?|plans?|programs?|initiatives|efforts|steps"
        + @"|changes|eliminations|cuts|restructuring)\b",
        Options)]
    private static partial Regex BackReference();
}
