using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// The phrasings that state how many people a reduction lets go. A number only counts when a reduction
/// verb or noun governs it directly and a workforce noun (or "% of our workforce") says it counts people:
/// "reduce our carbon emissions by 50%", "a reduction in revenue of $2 billion" and "we hired 10,000
/// employees" have one of the two but never both.
/// </summary>
internal static partial class ReductionPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Group names carry the qualifier. "just over" is tried before "over"; "less than" has no enum value
    // of its own and reads as an upper bound.
    private const string Hedge =
        @"(?:(?:(?<just>just\s+(?:over|above|more\s+than))|(?<more>more\s+than|over|in\s+excess\s+of|upwards\s+of)"
        + @"|(?<upto>up\s+to|as\s+many\s+as|no\s+more\s+than|just\s+under|less\s+than|fewer\s+than|under)"
        + @"|(?<approx>approximately|approx\.|about|around|roughly|nearly|almost|close\s+to|some|an\s+estimated|~))\s*)?";

    // Never a dollar amount, and never the tail of a larger number.
    private const string Count = @"(?<![$\d.,]|\$\s)" + NumberPhrases.Count;

    // A percent in figures ("13%", "8 percent") or in words ("five percent", "twenty-five per cent"): group pct or pctw.
    private const string Percent =
        @"(?:" + NumberPhrases.Percent + @"|(?<pctw>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
        + @"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
        + @"\s+(?:percent|per\s+cent)\b)";

    private const string Lead = @"(?:(?:a\s+total\s+of|an\s+additional|another|a\s+further)\s+)?";

    // Words that may sit between the count and its noun. "open" is absent on purpose: closing open roles
    // that were never filled lets nobody go.
    private const string Modifiers =
        @"(?:(?:more|additional|further|other|of\s+(?:our|its|the|their)|our|its|their|talented|full[-\s]time"
        + @"|part[-\s]time|corporate|global|salaried|hourly|existing|current|permanent|regular|tech|technology"
        + @"|office|[\w.]+-based)\s+){0,4}";

    private const string Noun =
        @"(?<noun>employees|employee|people|persons|roles|role|positions|position|jobs|job|workers|staff\s+members"
        + @"|staff|team\s+members|colleagues|associates|personnel|FTEs?|full[-\s]time\s+equivalents?)\b";

    private const string Workforce =
        @"(?:the\s+size\s+of\s+)?(?:(?:our|the|its|their|the\s+company['’]s)\s+)?(?:(?:overall|global|total|worldwide|corporate|company)\s+)*"
        + @"(?:workforce|work\s+force|team\s+size|team|size|headcount|staffing(?:\s+levels?)?|staff|employee\s+base"
        + @"|employees|personnel|organization)";

    /// <summary>"eliminate just over 18,000 roles", "let more than 11,000 of our talented employees go".</summary>
    [GeneratedRegex(
        @"\b(?<verb>eliminat(?:e|es|ed|ing)|lay(?:ing|s)?\s+off|laid\s+off|cut(?:s|ting)?|let(?:s|ting)?|shed(?:s|ding)?"
        + @"|terminat(?:e|es|ed|ing)|notif(?:y|ies|ied|ying)|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?"
        + @"|separat(?:e|es|ed|ing)\s+from|part(?:ing)?\s+ways\s+with)\s+" + Lead + Hedge + Count + @"\s+" + Modifiers + Noun,
        Options)]
    public static partial Regex VerbObject();

    /// <summary>"a layoff of approximately 11,000 employees", "the elimination of approximately 4,000 positions".</summary>
    [GeneratedRegex(
        @"\b(?<verb>lay-?offs?|reductions?(?:\s+in\s+force)?|eliminations?|job\s+cuts|cuts|separations?|terminations?)\s+"
        + @"(?:of|affecting|impacting)\s+" + Lead + Hedge + Count + @"\s+" + Modifiers + Noun,
        Options)]
    public static partial Regex NounOf();

    /// <summary>"1,000 employees were laid off", "2,500 roles will be eliminated".</summary>
    [GeneratedRegex(
        Hedge + Count + @"\s+" + Modifiers + Noun + @"\s+(?:(?:were|was|are|is|will|would|have|has|had|to)\s+)?"
        + @"(?:be\s+|been\s+|being\s+)?(?<verb>laid\s+off|let\s+go|eliminated|cut|terminated|affected|impacted|notified|separated)\b",
        Options)]
    public static partial Regex Passive();

    /// <summary>"reduce our workforce by approximately 12,000 roles", "reduce the size of our team by about 13%".</summary>
    [GeneratedRegex(
        @"\b(?<verb>reduc(?:e|es|ed|ing|tions?)|cut(?:s|ting)?|shrink(?:s|ing)?|trim(?:s|med|ming)?|downsiz(?:e|es|ed|ing)"
        + @"|lower(?:s|ed|ing)?)\s+(?:(?:of|in)\s+)?" + Workforce + @"\s+by\s+" + Lead + Hedge
        + @"(?:" + Percent + "|" + Count + @"(?:\s+" + Modifiers + Noun + ")?)",
        Options)]
    public static partial Regex ReduceBy();

    /// <summary>"8% of our workforce", "about 6% of our global workforce", "10% of its roles" (needs a reduction cue before it).</summary>
    [GeneratedRegex(
        Hedge + Percent + @"\s+of\s+(?:(?:our|the|its|their|the\s+company['’]s)\s+)?"
        + @"(?:(?:overall|global|total|worldwide|corporate|current|full[-\s]time|entire)\s+)*"
        + @"(?:workforce|work\s+force|employees|staff|headcount|team|employee\s+base|employee\s+population|personnel|positions|roles|jobs)\b",
        Options)]
    public static partial Regex PercentOfWorkforce();

    /// <summary>
    /// A percent the reduction noun itself governs, so it needs no other cue: "a global workforce reduction of
    /// approximately 20%", "an approximately 16% reduction in workforce", "a reduction in force of about 10%".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:workforce|work\s+force|headcount|staff|staffing|job|employee|personnel)\s+(?:reductions?|cuts?)|reductions?\s+in\s+force)\s+of\s+" + Lead + Hedge + Percent
        + "|" + Hedge + Percent + @"\s+(?:reductions?|cuts?|decrease)\s+(?:in|of)\s+(?:(?:our|the|its|their|the\s+company['’]s)\s+)?"
        + @"(?:(?:overall|global|total|worldwide)\s+)?(?:workforce|work\s+force|force|headcount|staff|employees|personnel)\b",
        Options)]
    public static partial Regex PercentReduction();
}
