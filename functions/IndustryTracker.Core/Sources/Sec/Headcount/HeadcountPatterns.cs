using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>
/// The phrasings that state a company's headcount. A count only qualifies when a headcount verb or
/// subject governs it directly ("had 182,502 employees", "Headcount was 71,469"); a bare "N employees"
/// is as often who was hired, laid off or eligible for a plan as it is a total.
/// </summary>
internal static partial class HeadcountPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Hedge =
        @"(?:(?<hedge>approximately|approx\.|about|around|roughly|nearly|almost|over|more\s+than|in\s+excess\s+of"
        + @"|upwards?\s+of|just\s+(?:over|under)|close\s+to|some|less\s+than|fewer\s+than|under|~)\s*)?";

    // A count written out: "ten thousand", "twenty-five thousand", "one hundred thousand", "two million".
    // Only scaled words: "ten employees" is no large employer's headcount, and "one" is too often not a number.
    private const string Word =
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + @"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    private const string Words =
        @"(?<words>" + Word + @"(?:[-\s]" + Word + @")?(?:\s+hundred(?:\s+(?:and\s+)?" + Word + @"(?:[-\s]" + Word + @")?)?)?"
        + @"\s+(?:thousand|million))\b";

    private const string Number = @"(?:" + NumberPhrases.Count + "|" + Words + ")";

    // Only words that describe employment may sit between the count and its noun: "daily active people"
    // or "Amazon employees around the world have participated" do not get through.
    private const string Modifiers =
        @"(?<mods>(?:(?:full|part)(?:[-\s]?time)?|time|equivalent|and|or|&|regular|permanent|total|global"
        + @"|worldwide|salaried|hourly|direct|seasonal|temporary)[\s,-]+){0,6}";

    private const string Noun =
        @"(?<noun>employees|employee|people|persons|individuals|associates|team\s+members|workers"
        + @"|staff\s+members|staff|personnel|full[-\s]time\s+equivalents?|FTEs?|colleagues)\b";

    // Words after the noun that make it a subset or an event, not the total.
    private const string NotTotal =
        @"(?!\s+(?:affected|impacted|laid\s+off|terminated|separated|hired|participat\w*|eligible|enrolled"
        + @"|covered|represented|subject\s+to|in\s+(?:the\s+)?(?:United\s+States|U\.S\.|US\b)|outside|located"
        + @"|based|(?:who|that)\s+(?:work|were)\b|work(?:ing)?\s+(?:in|at|for|outside)"
        // "employees in our Retail segment", "in its stores", "in Europe": a part of the company, named after the noun.
        + @"|in\s+(?:our|its|the)\s+(?:[\w&-]+\s+){0,4}?(?:segments?|divisions?|business(?:es)?|stores?|operations|subsidiar\w+|units?)\b"
        + @"|in\s+(?-i:[A-Z])))";

    // With no noun after the number, only punctuation, a date or a comparison may follow it.
    private const string BareEnd =
        @"(?=\s*(?:[,.;:)]|$)|\s+(?:as\s+(?:of|at)|at|on|compared|from|versus|vs\.|up|down|an?|and"
        + @"|globally|worldwide|around|across)\b)";

    /// <summary>"we had / employed [approximately] N [full-time] employees".</summary>
    [GeneratedRegex(
        @"\b(?:had|has|have|employed|employs|employ|employing|there\s+(?:were|are|was))\s+(?:(?:a|an|our|its|their)\s+)?"
        + @"(?:(?:total|global|worldwide|combined)\s+)?(?:(?:workforce|headcount|staff|team)\s+of\s+|total\s+of\s+)?"
        + Hedge + Number + @"\s+" + Modifiers + Noun + NotTotal,
        Options)]
    public static partial Regex VerbLed();

    /// <summary>"Headcount was N", "the number of employees increasing to N", "a workforce of N employees".</summary>
    [GeneratedRegex(
        @"\b(?:(?:employee\s+)?headcount|workforce|(?:total\s+)?number\s+of\s+" + Modifiers + Noun
        + @"|total\s+" + Modifiers + @"employees|employee\s+(?:count|base|population))\s+"
        // "Our headcount as of December 31, 2023 was 12,345": the date may sit between subject and verb.
        + @"(?<subjectDate>(?:as\s+(?:of|at)|at)\s+" + DatePhrases.Date + @",?\s+)?"
        + @"(?:(?:was|were|is|are|stood|totall?ed|totals|reached|numbered|included|includes)\s+(?:at\s+)?|of\s+"
        + @"|(?:consisted|comprised|consisting|comprising)\s+(?:of\s+)?"
        + @"|(?:increas|decreas|grew|grow|declin|r[io]s|f[ae]ll|dropp|climb)\w*\s+(?:from\s+[^;]{1,80}?\s+)?to\s+)"
        + @"(?:a\s+total\s+of\s+)?" + Hedge + Number + @"(?!\s*%|\s+percent)"
        + @"(?:\s+" + Modifiers + Noun + NotTotal + "|" + BareEnd + ")",
        Options)]
    public static partial Regex SubjectLed();

    /// <summary>A prior-period count in a sentence that already states one: "compared to 86,482 as of December 31, 2022".</summary>
    [GeneratedRegex(
        @"\b(?:from|compared\s+(?:to|with)|versus|vs\.)\s+" + Hedge + Number
        + @"(?:\s+" + Modifiers + Noun + @")?\s+" + AsOfDates.Phrase,
        Options)]
    public static partial Regex Comparative();
}
