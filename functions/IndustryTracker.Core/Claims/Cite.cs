using System.Globalization;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Claims;

/// <summary>Stored facts turned into evidence, each with the document and sentence that states it.</summary>
internal static class Cite
{
    public static ClaimEvidence Headcount(HeadcountView h, string role) => new(
        role,
        $"{h.Ticker} headcount as of {h.AsOf} ({h.Scope}{(h.Approximate ? ", approximate" : "")})",
        h.Employees,
        h.AsOf,
        [new Citation("sec-filing", h.Url, h.Accession, h.Form, h.Sentence)]);

    public static ClaimEvidence Round(LayoffEvent e, string role) => new(
        role,
        $"{e.Id}: layoff round announced {e.Announced}, {Count(e)}",
        e.AddedCount ?? e.Count ?? e.ChargesUsd,
        e.Announced,
        e.Sources.Select(s => new Citation(s.Kind, s.Url, s.Accession, null, s.Sentence)).ToList());

    public static IEnumerable<ClaimEvidence> Warn(LayoffEvent e) => e.Warn.Select(w => new ClaimEvidence(
        EvidenceRoles.Context,
        $"WARN notice {w.State}, {w.Employer}{(w.Site is null ? "" : ", " + w.Site)}, received {w.Received} (attached to {e.Id}; evidence beside the count, not added to it)",
        w.Workers,
        w.Received,
        [new Citation("warn", w.Url, null, null, $"{w.Employer}: {w.Workers?.ToString(CultureInfo.InvariantCulture) ?? "unstated"} workers")]));

    public static ClaimEvidence Metric(BenchmarkRow row, string metric, MetricCell cell) => new(
        EvidenceRoles.Context,
        $"{row.Ticker} FY{row.FiscalYear.ToString(CultureInfo.InvariantCulture)} {metric} ({cell.Unit}{(row.PerEmployeeBasis is null ? "" : "; " + row.PerEmployeeBasis)})",
        cell.Value,
        row.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        cell.Sources);

    /// <summary>"about 11,000", "just over 18,000", or "no count stated ($2.1 billion charges)".</summary>
    public static string Count(LayoffEvent e)
    {
        if (e.Count is not { } count)
        {
            return e.ChargesUsd is { } usd ? $"no count stated (charges {Usd(usd)})" : "no count stated";
        }

        var qualifier = e.CountQualifier switch
        {
            "Approximate" => "about ",
            "MoreThan" => "more than ",
            "JustOver" => "just over ",
            "UpTo" => "up to ",
            _ => "",
        };
        return qualifier + Expectation.N(count);
    }

    public static string Usd(decimal usd) => usd >= 1_000_000_000m
        ? $"${(usd / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture)} billion"
        : $"${Expectation.N(usd)}";
}
