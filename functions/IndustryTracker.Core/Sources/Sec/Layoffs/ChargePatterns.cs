using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// The phrasings that put a dollar amount on severance. The amount must be bound to a severance noun
/// directly, either way round: "$720 million … of estimated severance costs" or "severance and related
/// charges of $2.1 billion". Restructuring charges on their own are left out: they mix in leases and
/// data centres (Meta's 2022 restructuring was mostly facilities).
/// </summary>
internal static partial class ChargePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Severance =
        @"(?:severance|termination\s+benefits|(?:workforce|headcount)\s+reduction\s+(?:costs?|charges?|expenses?)"
        + @"|layoff\s+(?:costs?|charges?|expenses?)"
        + @"|(?:costs?|charges?|expenses?)\s+(?:related\s+to|associated\s+with|for)\s+(?:the\s+|our\s+)?(?:employee\s+)?"
        + @"(?:layoffs?|workforce\s+reductions?|reductions?\s+(?:in|of)\s+(?:our\s+)?(?:workforce|force|headcount)"
        + @"|role\s+eliminations|job\s+cuts))";

    // Words between an amount and its severance noun: "$720 million … of estimated severance costs".
    private const string Between =
        @"(?:(?:of|in|for|estimated|total|pre-?tax|after-?tax|employee|cash|non-?cash|one-?time|charges?|costs?"
        + @"|expenses?|related\s+to|associated\s+with|the|our|its|primarily|mainly|mostly|largely)[\s,-]+){0,6}";

    // A clause that splits the amount from its noun: ", of which $640 million was recorded in the fourth quarter,".
    private const string OfWhich = @"(?:\s*,\s*of\s+which[^,;$]{0,80}\$[^,;]{0,80},)?";

    // Words between a severance noun and its amount; no conjunction, so "severance costs were not
    // material, and revenue was $2 billion" does not bind.
    private const string Gap = @"(?:\s+(?!(?:and|but|while|whereas|compared|versus|not|offset)\b)[\w.,()-]+){0,12}?";

    /// <summary>"$1.20 billion pre-tax severance and related personnel costs".</summary>
    [GeneratedRegex(NumberPhrases.Usd + OfWhich + @"[\s,]+" + Between + @"(?<noun>" + Severance + @")\b", Options)]
    public static partial Regex AmountFirst();

    /// <summary>"employee severance and related charges of $2.1 billion", "severance … were $2.1 billion".</summary>
    [GeneratedRegex(
        @"\b(?<noun>" + Severance + @")(?:\s+(?:and|&)\s+(?:related|other)(?:\s+(?:personnel|employee))?\s+(?:costs?|charges?|expenses?))?"
        + Gap + @"\s+(?:of|were|was|is|are|totall?ed|totall?ing|amounted\s+to|amounting\s+to|estimated\s+at|be)\s+"
        + @"(?:(?:approximately|about|roughly|an\s+estimated)\s+)?" + NumberPhrases.Usd,
        Options)]
    public static partial Regex NounFirst();

    /// <summary>Words right before an amount that make it a part of a larger figure, not a charge of its own.</summary>
    [GeneratedRegex(
        @"\b(?:includ\w*|of\s+which|result\s+of|consist\w*\s+of|comprised\s+of)\s+(?:[a-z]+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PartOfLarger();

    /// <summary>
    /// An explanation of a change in an expense line ("increased … largely due to $444 million in employee
    /// severance charges"): the amount is a driver of the change, already inside a total stated elsewhere.
    /// </summary>
    [GeneratedRegex(@"\b(?:due\s+to|driven\s+by|result\s+of|attributable\s+to|offset\s+by)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ExplainsChange();

    /// <summary>"$86 million and $2.1 billion … respectively": amounts split by period, none of them the charge.</summary>
    [GeneratedRegex(@"\$[\d.,]+(?:\s*(?:billion|million|thousand))?\s*,?\s+(?:and|or)\s+\$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AmountPair();

    /// <summary>A charge for more than severance: "the reduction in force and our office space optimization".</summary>
    [GeneratedRegex(@"\b(?:office|facilit\w*|lease\w*|real\s+estate|impairment|data\s+cent(?:er|re)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OtherCosts();

    /// <summary>"$5,000 per employee": a policy rate, not a charge.</summary>
    [GeneratedRegex(@"\G\s*(?:per|for\s+each|a)\s+(?:employee|person|week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PerUnit();
}
