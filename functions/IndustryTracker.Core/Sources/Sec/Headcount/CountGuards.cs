using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Rejects counts whose lead-in makes them a plan, a reduction or a part of the company.</summary>
internal static partial class CountGuards
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>True when the words before the count at <paramref name="start"/> disqualify it.</summary>
    public static bool Rejects(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start);

        // The clause holding the count: "As of December 31, 2023, Alphabet had" → " Alphabet had".
        var clauseStart = before.LastIndexOfAny(",;:(");
        var clause = before[(clauseStart + 1)..];
        if (clause.Length > 80)
        {
            clause = clause[^80..];
        }

        return IntentOrReduction().IsMatch(clause)
            || PartOfCompany().IsMatch(clause)
            || Geography().IsMatch(before);
    }

    // "we expect to have", "reduce our workforce of", "decrease in headcount of": forecasts and cuts.
    // Case-sensitive on purpose: these words are lower-case mid-clause, while capitalised ones are names
    // ("Target Corporation had", "Willis"). "May" and "new" stay out for the same reason.
    [GeneratedRegex(
        @"\b(?:reduc\w*|decreas\w*|cut\w*|eliminat\w*|layoffs?|laid|sever\w*|terminat\w*|restructur\w*"
        + @"|impact\w*|affect\w*|expect\w*|plan|plans|planned|anticipat\w*|intend\w*|will|would|could|should"
        + @"|target\w*|goal|hir(?:e|ed|es|ing)|add(?:ed|ing)?|fewer|additional)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex IntentOrReduction();

    // "our Reality Labs segment had", "our Indian subsidiary employed": not the company total.
    // Plural "subsidiaries" is left alone: "the Company and its subsidiaries employed" is the group.
    [GeneratedRegex(@"\b(?:segment|subsidiary|division|business\s+unit|region)\b", Options)]
    private static partial Regex PartOfCompany();

    // "In the United States, we had 120,000 employees": a geographic sub-count, anywhere before it.
    [GeneratedRegex(
        @"\b(?:in|outside(?:\s+of)?|within)\s+(?:the\s+)?(?:United\s+States|U\.S\.|US\b)|\b(?:internationally|domestically)\b",
        Options)]
    private static partial Regex Geography();
}
