using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>Finds the severance charges of one sentence, in dollars.</summary>
internal static class ChargeReader
{
    /// <summary>
    /// Each charge the sentence states, in reading order. An amount that is a part of another figure
    /// ("which included $479 million of charges related to employee severance", "of which $640 million")
    /// is left out: it is already in the total the filing states elsewhere, and summing it would double count.
    /// </summary>
    public static IReadOnlyList<decimal> Read(string sentence)
    {
        var byPosition = new SortedDictionary<int, decimal>();
        foreach (var regex in (Regex[])[ChargePatterns.AmountFirst(), ChargePatterns.NounFirst()])
        {
            foreach (Match match in regex.Matches(sentence))
            {
                var usd = match.Groups["usd"];
                if (Qualifies(sentence, match, usd))
                {
                    byPosition.TryAdd(usd.Index, NumberPhrases.ReadUsd(usd.Value, match.Groups["scale"].Value));
                }
            }
        }

        return [.. byPosition.Values];
    }

    private static bool Qualifies(string sentence, Match match, Group usd)
    {
        // The words before the whole phrase decide whether it is a component: "included $848 million in
        // employee severance charges", "include charges related to the reduction in force … totaling $3.9 billion".
        if (ChargePatterns.PartOfLarger().IsMatch(sentence.AsSpan(0, match.Index)))
        {
            return false;
        }

        if (ChargePatterns.ExplainsChange().IsMatch(sentence.AsSpan(0, usd.Index)))
        {
            return false;
        }

        // Which of "$86 million and $2.1 billion" is the reduction's charge depends on periods the
        // sentence pairs off by position; a wrong pick is worse than none.
        if (sentence.Contains("respectively", StringComparison.OrdinalIgnoreCase)
            && ChargePatterns.AmountPair().Matches(sentence).Any(p => p.Index <= usd.Index && usd.Index <= p.Index + p.Length + 1))
        {
            return false;
        }

        if (ChargePatterns.OtherCosts().IsMatch(match.Value))
        {
            return false;
        }

        var scale = match.Groups["scale"];
        var end = scale.Success ? scale.Index + scale.Length : usd.Index + usd.Length;
        return !ChargePatterns.PerUnit().IsMatch(sentence, end);
    }
}
