using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>Words that make a sentence about letting people go, for verbs that are not enough on their own.</summary>
internal static partial class ReductionCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// True when <paramref name="verb"/> only signals a reduction in company: "notified 2,500 employees",
    /// "affecting 6% of our workforce" can as well be a policy change as a layoff.
    /// </summary>
    public static bool IsWeak(string verb) => WeakVerb().IsMatch(verb);

    /// <summary>True when the sentence says people are being let go somewhere.</summary>
    public static bool InSentence(string sentence) => Reduction().IsMatch(sentence);

    /// <summary>True when a strong reduction verb sits in the 80 characters before <paramref name="position"/>.</summary>
    public static bool StrongBefore(string sentence, int position)
    {
        var start = Math.Max(0, position - 80);
        return StrongVerb().IsMatch(sentence.AsSpan(start, position - start));
    }

    /// <summary>True when a weak verb ("affecting", "impacting") sits in the 80 characters before <paramref name="position"/>.</summary>
    public static bool WeakBefore(string sentence, int position)
    {
        var start = Math.Max(0, position - 80);
        return WeakVerbWord().IsMatch(sentence.AsSpan(start, position - start));
    }

    [GeneratedRegex(@"^(?:notif|affect|impact|separat)", Options)]
    private static partial Regex WeakVerb();

    [GeneratedRegex(
        @"\b(?:reduc\w*|lay-?offs?|lay(?:ing|s)?\s+off|laid\s+off|eliminat\w*|job\s+cuts|workforce\s+cuts|restructur\w*"
        + @"|downsiz\w*|severance|let\s+go)\b",
        Options)]
    private static partial Regex Reduction();

    [GeneratedRegex(
        @"\b(?:reduc\w*|lay-?offs?|lay(?:ing|s)?\s+off|laid\s+off|eliminat\w*|cut(?:s|ting)?|downsiz\w*|let(?:ting)?\s+go"
        + @"|terminat\w*)\b",
        Options)]
    private static partial Regex StrongVerb();

    [GeneratedRegex(@"\b(?:affect\w*|impact\w*)\b", Options)]
    private static partial Regex WeakVerbWord();
}
