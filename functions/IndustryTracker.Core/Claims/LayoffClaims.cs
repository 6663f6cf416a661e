using System.Globalization;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// "X cut N jobs (in R rounds) in period P", against the reconciled layoff events. Totals add each round's
/// <see cref="LayoffEvent.AddedCount"/>, so a cumulative statement is never added on top of the rounds it includes;
/// WARN notices are shown beside the count, never summed into it.
/// </summary>
internal static class LayoffClaims
{
    /// <summary>How far before the period a misdated round is looked for (the reconciler's own look-back for reports).</summary>
    private const int EarlierRoundMonths = 15;

    public static Outcome Evaluate(LayoffsCheck check, ClaimFacts facts, string? settledBy)
    {
        var events = facts.Layoffs.Where(e => e.Ticker == check.Company).OrderBy(e => e.AnnouncedFrom, StringComparer.Ordinal).ToList();
        var announced = events.Where(e => !LayoffRounds.IsWarnOnly(e)).ToList();
        var rounds = announced.Where(e => check.Period.Contains(LayoffRounds.Start(e))).ToList();
        var counted = rounds.Where(e => e.AddedCount is not null).ToList();
        var total = LayoffRounds.Total(counted);
        var rest = string.Join("", LayoffRounds.Caveats(counted));
        var claim = $"{check.Company} cut {check.Count} jobs{(check.Rounds is { } r ? $" in {r.ToString(CultureInfo.InvariantCulture)} rounds" : "")} in {check.Period}";

        if (counted.Count > 0 && check.Count.Holds(total))
        {
            var evidence = Evidence(counted, EvidenceRoles.Supports, rounds.Except(counted));
            return check.Rounds is null || check.Rounds == counted.Count
                ? new Outcome(Verdicts.Supported, $"{claim}: {LayoffRounds.Sum(counted)}.{rest}", evidence)
                : new Outcome(Verdicts.PartlySupported, $"{claim}: the total holds ({LayoffRounds.Sum(counted)}) but the store has {counted.Count} announced rounds in the period, not {check.Rounds}.{rest}", evidence);
        }

        if (check.Rounds is { } expected && counted.Count < expected)
        {
            var earlier = announced
                .Where(e => e.AddedCount is not null && LayoffRounds.Start(e) < check.Period.From && LayoffRounds.Start(e) >= check.Period.From.AddMonths(-EarlierRoundMonths))
                .OrderByDescending(e => e.AnnouncedFrom, StringComparer.Ordinal)
                .Take(expected - counted.Count)
                .ToList();
            var all = earlier.Concat(counted).OrderBy(e => e.AnnouncedFrom, StringComparer.Ordinal).ToList();
            if (earlier.Count == expected - counted.Count && check.Count.Holds(LayoffRounds.Total(all)))
            {
                var misdated = string.Join(" and ", earlier.Select(e => $"{e.Id} was announced {e.Announced}"));
                return new Outcome(
                    Verdicts.PartlySupported,
                    $"{claim}: the count and the number of rounds hold ({LayoffRounds.Sum(all)}, {all.Count} rounds), but {misdated}, before the claimed period starts ({check.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); only {counted.Count} of the rounds falls in it.{string.Join("", LayoffRounds.Caveats(all))}",
                    Evidence(all, EvidenceRoles.Supports, []));
            }
        }

        if (counted.Count > 0)
        {
            return new Outcome(
                Verdicts.Contradicted,
                $"{claim}: the stored rounds in the period add up to {LayoffRounds.Sum(counted)} ({check.Count.Deviation(total)} from {Expectation.N(check.Count.Value)}).{rest}",
                Evidence(counted, EvidenceRoles.Contradicts, rounds.Except(counted)));
        }

        return Uncounted(check, claim, rounds, events.Where(e => LayoffRounds.IsWarnOnly(e) && check.Period.Contains(LayoffRounds.Start(e))).ToList(), settledBy);
    }

    /// <summary>No stored statement in the period gives a count: a reduction may still be on record (a charge, WARN notices).</summary>
    private static Outcome Uncounted(LayoffsCheck check, string claim, List<LayoffEvent> rounds, List<LayoffEvent> warnOnly, string? settledBy)
    {
        var settle = settledBy is null ? "" : $" What would settle it: {settledBy}.";
        if (rounds.Count == 0 && warnOnly.Count == 0)
        {
            return new Outcome(Verdicts.Unverified, $"{claim}: no layoff round or WARN notice of {check.Company} is stored for the period.{settle}", []);
        }

        var parts = new List<string>();
        if (rounds.Count > 0)
        {
            parts.Add($"filings record the reduction — {string.Join("; ", rounds.Select(e => $"{e.Id}, announced {e.Announced}, {Cite.Count(e)}"))}");
        }

        if (warnOnly.Count > 0)
        {
            var workers = warnOnly.Sum(e => e.WarnWorkers);
            var states = string.Join(", ", warnOnly.SelectMany(e => e.Warn).Select(w => w.State).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            parts.Add($"WARN notices in {states} record {Expectation.N(workers)} workers laid off in the period ({string.Join(", ", warnOnly.Select(e => e.Id))}) — notices cover only some sites and states, so their sum is evidence of a reduction, not its count");
        }

        var evidence = Evidence(rounds, EvidenceRoles.Supports, []);
        evidence.AddRange(warnOnly.SelectMany(Cite.Warn));
        return new Outcome(
            Verdicts.PartlySupported,
            $"{claim}: a reduction in the period holds: {string.Join("; ", parts)}. The count does not: no stored statement states how many jobs.{settle}",
            evidence);
    }

    private static List<ClaimEvidence> Evidence(IEnumerable<LayoffEvent> deciding, string role, IEnumerable<LayoffEvent> context)
    {
        var list = deciding.Select(e => Cite.Round(e, role)).ToList();
        list.AddRange(context.Select(e => Cite.Round(e, EvidenceRoles.Context)));
        list.AddRange(deciding.SelectMany(Cite.Warn));
        return list;
    }
}
