using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>Finds the reduction figures of one sentence and joins a percent to the count it restates.</summary>
internal static partial class ReductionReader
{
    /// <summary>
    /// The reductions the sentence states, in reading order. "reduce our team by about 13% and let more
    /// than 11,000 … go" and "laying off 1,800 employees, or 8% of our workforce" are one reduction each:
    /// a percent-only figure joins the nearest count that has none.
    /// </summary>
    public static IReadOnlyList<ReductionMention> Read(string sentence)
    {
        var byPosition = new SortedDictionary<int, ReductionMention>();
        foreach (var regex in (Regex[])[ReductionPatterns.ReduceBy(), ReductionPatterns.VerbObject(), ReductionPatterns.NounOf(), ReductionPatterns.Passive()])
        {
            foreach (Match match in regex.Matches(sentence))
            {
                if (Qualifies(sentence, match) && ToMention(match) is { } mention)
                {
                    byPosition.TryAdd(mention.Position, mention);
                }
            }
        }

        foreach (Match match in ReductionPatterns.PercentReduction().Matches(sentence))
        {
            if (ToMention(match) is { } mention)
            {
                byPosition.TryAdd(mention.Position, mention);
            }
        }

        foreach (Match match in ReductionPatterns.PercentOfWorkforce().Matches(sentence))
        {
            var cued = ReductionCues.StrongBefore(sentence, match.Index)
                || (ReductionCues.WeakBefore(sentence, match.Index) && ReductionCues.InSentence(sentence));
            if (cued && ToMention(match) is { } mention)
            {
                byPosition.TryAdd(mention.Position, mention);
            }
        }

        return JoinPercents([.. byPosition.Values]);
    }

    private static bool Qualifies(string sentence, Match match)
    {
        var verb = match.Groups["verb"].Value;
        var end = match.Index + match.Length;
        if (verb.StartsWith("let", StringComparison.OrdinalIgnoreCase) && !LetGo().IsMatch(sentence, end))
        {
            return false;
        }

        if (ReductionCues.IsWeak(verb) && !ReductionCues.InSentence(sentence.Remove(match.Index, match.Length)))
        {
            return false;
        }

        // "reduce our workforce by 2024" is a deadline; a bare count needs the shape of a headcount figure.
        var num = match.Groups["num"];
        if (num.Success && !match.Groups["noun"].Success && !num.Value.Contains(',', StringComparison.Ordinal) && !num.Value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return !NotYetHired().IsMatch(sentence, end);
    }

    private static ReductionMention? ToMention(Match match)
    {
        var pct = match.Groups["pct"].Success ? match.Groups["pct"] : match.Groups["pctw"];
        decimal? percent = !pct.Success ? null
            : pct.Name == "pct" ? NumberPhrases.ReadPercent(pct.Value)
            : NumberWords.Parse(pct.Value);
        var num = match.Groups["num"];
        if (!num.Success)
        {
            return percent is null ? null : new ReductionMention(pct.Index, null, null, percent);
        }

        if (!NumberPhrases.TryReadCount(num.Value, out var count, out var scaled))
        {
            return null;
        }

        return new ReductionMention(num.Index, count, Qualifier(match, scaled), percent);
    }

    private static CountQualifier Qualifier(Match match, bool scaled) =>
        match.Groups["just"].Success ? CountQualifier.JustOver
        : match.Groups["more"].Success ? CountQualifier.MoreThan
        : match.Groups["upto"].Success ? CountQualifier.UpTo
        : match.Groups["approx"].Success || scaled ? CountQualifier.Approximate
        : CountQualifier.Exact;

    private static List<ReductionMention> JoinPercents(List<ReductionMention> mentions)
    {
        var counts = mentions.Where(m => m.Count is not null).ToList();
        foreach (var percent in mentions.Where(m => m.Count is null))
        {
            var nearest = counts
                .Select((m, i) => (m, i))
                .Where(c => c.m.Percent is null)
                .OrderBy(c => Math.Abs(c.m.Position - percent.Position))
                .Select(c => (int?)c.i)
                .FirstOrDefault();
            if (nearest is { } index)
            {
                counts[index] = counts[index] with { Percent = percent.Percent };
            }
            else
            {
                counts.Add(percent);
            }
        }

        return [.. counts.OrderBy(m => m.Position)];
    }

    // "let more than 11,000 of our talented employees go": the particle may trail by a word or two.
    [GeneratedRegex(@"\G(?:\s+\w+){0,2}?\s+go\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LetGo();

    // "roles that we haven't yet hired": closing a vacancy is not a layoff.
    [GeneratedRegex(
        @"\G\s+(?:that|which)\s+(?:we\s+|they\s+)?(?:have|has|had)(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:hired|filled)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYetHired();
}
