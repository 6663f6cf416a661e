using System.Globalization;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// Claims no filing states. The verdict is fixed by the claim's nature, but the evidence is live: the stored values of
/// the metric that bears on it, and how they moved where a company has more than one year.
/// </summary>
internal static class NotCheckableClaims
{
    public static Outcome Evaluate(NotCheckableCheck check, ClaimFacts facts)
    {
        var cells = facts.Benchmarks
            .Where(r => check.Companies.Contains(r.Ticker, StringComparer.Ordinal))
            .Where(r => r.Metrics.TryGetValue(check.Metric, out var c) && c.Value is not null)
            .OrderBy(r => check.Companies.ToList().IndexOf(r.Ticker))
            .ThenBy(r => r.FiscalYear)
            .Select(r => (Row: r, Cell: r.Metrics[check.Metric]))
            .ToList();

        var measured = cells.Count == 0
            ? $"No value of {check.Metric} is stored for {string.Join(", ", check.Companies)}."
            : $"Stored {check.Metric}: {string.Join("; ", cells.GroupBy(c => c.Row.Ticker).Select(Describe))}.";
        return new Outcome(
            Verdicts.NotCheckable,
            $"{check.Reason} The measured metric that bears on it is {check.Metric}. {measured}",
            cells.Select(c => Cite.Metric(c.Row, check.Metric, c.Cell)).ToList());
    }

    private static string Describe(IGrouping<string, (Benchmarks.BenchmarkRow Row, Benchmarks.MetricCell Cell)> company)
    {
        var values = company.Select(c => $"FY{c.Row.FiscalYear.ToString(CultureInfo.InvariantCulture)} {Expectation.N(Math.Round(c.Cell.Value!.Value))} {c.Cell.Unit}").ToList();
        var first = company.First().Cell.Value!.Value;
        var last = company.Last().Cell.Value!.Value;
        var change = company.Count() > 1 && first != 0
            ? $" (×{(last / first).ToString("0.00", CultureInfo.InvariantCulture)} from first to last year)"
            : " (one year stored: no change to measure)";
        return $"{company.Key} {string.Join(", ", values)}{change}";
    }
}
