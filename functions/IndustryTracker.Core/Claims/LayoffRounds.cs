using System.Globalization;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Claims;

/// <summary>Reading reconciled layoff events as rounds: which are announcements, when they start, what they add.</summary>
internal static class LayoffRounds
{
    /// <summary>WARN-only events are notices, not announcements (the reconciler's ids say so).</summary>
    public static bool IsWarnOnly(LayoffEvent e) => e.Id.Contains("-warn-", StringComparison.Ordinal);

    public static DateOnly Start(LayoffEvent e) => DateOnly.ParseExact(e.AnnouncedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static long Total(IEnumerable<LayoffEvent> rounds) => rounds.Sum(e => e.AddedCount ?? 0);

    /// <summary>"about 11,000 (META-2022-11-09, announced 2022-11-09) + about 10,000 (…) = 21,000".</summary>
    public static string Sum(IReadOnlyList<LayoffEvent> rounds)
    {
        var terms = rounds.Select(e =>
            $"{Cite.Count(e)} ({e.Id}, announced {e.Announced}{(e.AddedCount != e.Count ? $", adds {Expectation.N(e.AddedCount ?? 0)} beyond the rounds it includes" : "")})");
        var joined = string.Join(" + ", terms);
        return rounds.Count > 1 ? $"{joined} = {Expectation.N(Total(rounds))}" : joined;
    }

    /// <summary>What a reader must know about the arithmetic: cumulative statements, charges beside the counts.</summary>
    public static IEnumerable<string> Caveats(IReadOnlyList<LayoffEvent> rounds)
    {
        foreach (var e in rounds.Where(e => e.Includes.Count > 0))
        {
            yield return $" {e.Id}'s {Expectation.N(e.Count ?? 0)} is cumulative: it includes {string.Join(", ", e.Includes)}, so only {Expectation.N(e.AddedCount ?? 0)} is added.";
        }

        if (rounds.Count > 1)
        {
            yield return " Each round adds only what it adds beyond earlier rounds it includes, so no cut is counted twice.";
        }

        foreach (var e in rounds.Where(e => e.ChargesUsd is not null))
        {
            yield return $" {e.Id} also reports severance and related charges of {Cite.Usd(e.ChargesUsd!.Value)}.";
        }

        var warn = rounds.Sum(e => e.WarnWorkers);
        if (warn > 0)
        {
            yield return $" WARN notices attached to these rounds list {Expectation.N(warn)} workers: evidence beside the count, not part of it.";
        }
    }
}
