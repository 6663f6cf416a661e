using System.Globalization;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Evaluation;

/// <summary>What the pipeline stored for one company, as the scorer reads it.</summary>
public sealed record StoredCompany(
    string Ticker,
    IReadOnlyList<HeadcountEntity> Headcount,
    IReadOnlyList<FinancialEntity> Financials,
    IReadOnlyList<LayoffEvent> Layoffs);

/// <summary>
/// Scores stored facts against expected values (pure). A value is found when every stored value for its company and
/// date/period equals it — a second, different value for the same date is an extraction error even beside the right
/// one — wrong when values are stored but differ, missed when nothing is stored. Reductions match the company's
/// statement-based events announced within the expected year/month/day (WARN-only events are not statements).
/// </summary>
public static class EvaluationScorer
{
    public const string Headcount = "headcount";
    public const string Revenue = "revenue";
    public const string Reductions = "reductions";

    public static EvaluationReport Score(ExpectedValues expected, IReadOnlyList<StoredCompany> stored)
    {
        var byTicker = stored.ToDictionary(c => c.Ticker, StringComparer.OrdinalIgnoreCase);
        var empty = new StoredCompany("", [], [], []);
        StoredCompany Of(string ticker) => byTicker.GetValueOrDefault(ticker) ?? empty;

        var items = new List<EvaluationItem>();
        foreach (var h in expected.Headcount)
        {
            var asOf = Iso(h.AsOf);
            var got = Of(h.Company).Headcount.Where(f => f.AsOf == asOf).ToList();
            items.Add(Judge(Headcount, h.Company, asOf, Number(h.Employees), h.Source,
                got.Select(f => (Number(f.Employees), $"{f.Form} {f.Url}")).ToList()));
        }

        foreach (var r in expected.Revenue)
        {
            var (start, end) = (Iso(r.PeriodStart), Iso(r.PeriodEnd));
            var got = Of(r.Company).Financials
                .Where(f => string.Equals(f.Metric, nameof(Metric.Revenue), StringComparison.OrdinalIgnoreCase) && f.PeriodStart == start && f.PeriodEnd == end)
                .ToList();
            items.Add(Judge(Revenue, r.Company, $"{start}..{end}", Number(r.Value), r.Source,
                got.Select(f => (Number((decimal)f.Value), $"{f.Concept} {f.Form} {f.Url}")).ToList()));
        }

        var matched = new HashSet<LayoffEvent>(ReferenceEqualityComparer.Instance);
        foreach (var r in expected.Reductions)
        {
            var candidates = Of(r.Company).Layoffs.Where(e => e.Sources.Count > 0 && Overlaps(e.Announced, r.Announced)).ToList();
            matched.UnionWith(candidates);
            var hit = candidates.FirstOrDefault(e => Agrees(r, e));
            var outcome = hit is not null ? EvaluationOutcome.Found : candidates.Count > 0 ? EvaluationOutcome.Wrong : EvaluationOutcome.Missed;
            var shown = hit is not null ? [hit] : candidates;
            items.Add(new EvaluationItem(Reductions, r.Company, r.Announced, outcome, Describe(r.Count, r.PercentOfWorkforce, r.ChargesUsd, expected: true), shown.Count == 0 ? null : string.Join("; ", shown.Select(Describe)), r.Source,
                shown.Count == 0 ? null : string.Join("; ", shown.Select(e => e.Sources[0].Url))));
        }

        // Statement-based events nobody expected: a false positive (the Meta 8-K of 2025-12-19 is no layoff) shows here.
        foreach (var e in stored.SelectMany(c => c.Layoffs).Where(e => e.Sources.Count > 0 && !matched.Contains(e)))
        {
            items.Add(new EvaluationItem(Reductions, e.Ticker, e.Announced, EvaluationOutcome.Unexpected, null, Describe(e), null, e.Sources[0].Url));
        }

        var scores = new[] { Headcount, Revenue, Reductions }.Select(kind =>
        {
            var of = items.Where(i => i.Kind == kind).ToList();
            return new EvaluationScore(kind, Count(of, EvaluationOutcome.Found), Count(of, EvaluationOutcome.Wrong), Count(of, EvaluationOutcome.Missed), Count(of, EvaluationOutcome.Unexpected));
        }).ToList();
        return new EvaluationReport(scores, items);
    }

    private static EvaluationItem Judge(string kind, string company, string when, string expected, string source, IReadOnlyList<(string Value, string Source)> got)
    {
        if (got.Count == 0)
        {
            return new EvaluationItem(kind, company, when, EvaluationOutcome.Missed, expected, null, source, null);
        }

        var outcome = got.All(g => g.Value == expected) ? EvaluationOutcome.Found : EvaluationOutcome.Wrong;
        // Wrong lists the values that differ first: they are what needs looking at.
        var shown = got.OrderBy(g => g.Value == expected).DistinctBy(g => g.Value).ToList();
        return new EvaluationItem(kind, company, when, outcome, expected, string.Join("; ", shown.Select(g => g.Value)), source, shown[0].Source);
    }

    /// <summary>"2023" overlaps "2023-03" and "2023-03-14"; "2023-03" does not overlap "2023-01".</summary>
    private static bool Overlaps(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static bool Agrees(ExpectedReduction r, LayoffEvent e) =>
        (r.Count is null || r.Count == e.Count)
        && (r.PercentOfWorkforce is null || r.PercentOfWorkforce == e.PercentOfWorkforce)
        && (r.ChargesUsd is null || r.ChargesUsd == e.ChargesUsd);

    private static string Describe(LayoffEvent e) => $"{e.Announced}: {Describe(e.Count, e.PercentOfWorkforce, e.ChargesUsd)}";

    /// <param name="expected">An expected entry leaves out what it does not check; an event says "count none" when it states none.</param>
    private static string Describe(long? count, decimal? percent, decimal? charges, bool expected = false)
    {
        var parts = new List<string>();
        if (count is not null || !expected)
        {
            parts.Add(count is null ? "count none" : $"count {Number(count.Value)}");
        }

        if (percent is not null)
        {
            parts.Add($"{Number(percent.Value)}% of workforce");
        }

        if (charges is not null)
        {
            parts.Add($"charges ${Number(charges.Value)}");
        }

        return string.Join(", ", parts);
    }

    private static int Count(List<EvaluationItem> items, EvaluationOutcome outcome) => items.Count(i => i.Outcome == outcome);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
