using System.Globalization;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// A headcount forecast: pending while no headcount as of a date on or after the deadline is stored (whatever today's
/// date — a forecast is settled by a report, not by the calendar); then the first such report decides it.
/// </summary>
internal static class TargetClaims
{
    public static Outcome Evaluate(HeadcountTargetCheck check, ClaimFacts facts, string? settledBy)
    {
        var by = check.By.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stored = facts.Headcount.Where(h => h.Ticker == check.Company).OrderBy(h => h.AsOf, StringComparer.Ordinal).ToList();
        var claim = $"{check.Company} will employ {check.Expected} by {by}";
        var decider = stored.FirstOrDefault(h => string.CompareOrdinal(h.AsOf, by) >= 0);
        if (decider is null)
        {
            var latest = stored.LastOrDefault();
            var context = latest is null
                ? $"No headcount of {check.Company} is stored."
                : $"The latest stored headcount is {Expectation.N(latest.Employees)} as of {latest.AsOf} ({latest.Form} {latest.Accession}), {Position(check, latest.Employees)}.";
            return new Outcome(
                Verdicts.Pending,
                $"{claim}: no headcount as of {by} or later is stored yet; the first report of one will decide it{(settledBy is null ? "" : $" ({settledBy})")}. {context}",
                latest is null ? [] : [Cite.Headcount(latest, EvidenceRoles.Context)]);
        }

        var holds = check.Expected.Holds(decider.Employees);
        return new Outcome(
            holds ? Verdicts.Supported : Verdicts.Contradicted,
            $"{claim}: {decider.Form} {decider.Accession} states {Expectation.N(decider.Employees)} as of {decider.AsOf}, {Position(check, decider.Employees)}.",
            [Cite.Headcount(decider, holds ? EvidenceRoles.Supports : EvidenceRoles.Contradicts)]);
    }

    private static string Position(HeadcountTargetCheck check, long employees) => check.Expected.Holds(employees)
        ? $"within {check.Expected}"
        : $"outside {check.Expected} ({check.Expected.Deviation(employees)} from its nearer end)";
}
