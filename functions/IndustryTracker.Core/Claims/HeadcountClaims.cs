using System.Globalization;
using IndustryTracker.Core.Api;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// "X employs N": compared with every stored headcount as of a date in the claim's period. Dates outside the period
/// never decide it (a 2019 count says nothing of 2024), but the one nearest the claimed figure is shown as context, so a
/// reader sees whether any stored count comes close.
/// </summary>
internal static class HeadcountClaims
{
    public static Outcome Evaluate(HeadcountCheck check, ClaimFacts facts, string? settledBy)
    {
        var all = facts.Headcount.Where(h => h.Ticker == check.Company).OrderBy(h => h.AsOf, StringComparer.Ordinal).ToList();
        var inPeriod = all.Where(h => check.Period.Contains(Day(h.AsOf))).ToList();
        var holding = inPeriod.Where(h => check.Expected.Holds(h.Employees)).ToList();
        var nearest = all.OrderBy(h => Math.Abs(check.Expected.DeviationPct(h.Employees))).ThenByDescending(h => h.AsOf, StringComparer.Ordinal).FirstOrDefault();
        var claim = $"{check.Company} employs {check.Expected} as of {check.Period}";

        if (holding.Count > 0)
        {
            return new Outcome(
                Verdicts.Supported,
                $"{claim}: {string.Join("; ", holding.Select(h => Stated(h, check)))}.",
                holding.Select(h => Cite.Headcount(h, EvidenceRoles.Supports)).ToList());
        }

        var evidence = inPeriod.Select(h => Cite.Headcount(h, EvidenceRoles.Contradicts)).ToList();
        var nearestNote = nearest is null
            ? $"No headcount of {check.Company} is stored at all."
            : $"Of all stored headcounts of {check.Company}, the nearest to the claimed figure: {Stated(nearest, check)}{(check.Expected.Holds(nearest.Employees) ? "" : $"; none is {check.Expected}")}.";
        if (nearest is not null && !inPeriod.Contains(nearest))
        {
            evidence.Add(Cite.Headcount(nearest, EvidenceRoles.Context));
        }

        var settle = settledBy is null ? "" : $" What would settle it: {settledBy}.";
        if (inPeriod.Count == 0)
        {
            return new Outcome(
                Verdicts.Unverified,
                $"{claim}: no stored headcount of {check.Company} is dated in that period. {nearestNote}{settle}",
                evidence);
        }

        var last = inPeriod[^1].AsOf;
        var uncovered = Day(last) < check.Period.To
            ? $" No headcount after {last} is stored, so later dates in the period are not checked.{settle}"
            : "";
        return new Outcome(
            Verdicts.Contradicted,
            $"{claim}: {string.Join("; ", inPeriod.Select(h => Stated(h, check)))}. {nearestNote}{uncovered}",
            evidence);
    }

    private static string Stated(HeadcountView h, HeadcountCheck check)
    {
        return $"{h.Form ?? "a filing"} {h.Accession} states {Expectation.N(h.Employees)} as of {h.AsOf} ({check.Expected.Deviation(h.Employees)} from {Expectation.N(check.Expected.Value)})";
    }

    private static DateOnly Day(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
