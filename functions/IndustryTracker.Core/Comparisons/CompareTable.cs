namespace IndustryTracker.Core.Comparisons;

/// <summary>One metric across companies and periods: a row per period, a column per company.</summary>
public sealed record CompareTable(
    string Metric,
    string? Unit,
    string Period,
    string Align,
    IReadOnlyList<string> Companies,
    IReadOnlyList<CompareTableRow> Rows)
{
    public static CompareTable From(ComparisonResult result)
    {
        var metric = result.Metrics.Single();
        var rows = result.Rows
            .GroupBy(r => r.Period)
            .Select(g => new CompareTableRow(
                g.Key,
                g.Min(r => r.PeriodStart),
                g.Max(r => r.PeriodEnd),
                g.ToDictionary(r => r.Ticker, r => r.Metrics[metric], StringComparer.Ordinal),
                g.ToDictionary(r => r.Ticker, r => r.Alignment, StringComparer.Ordinal)))
            .ToList();
        var unit = result.Rows.Select(r => r.Metrics[metric].Unit).FirstOrDefault();
        return new CompareTable(metric, unit, result.Period, result.Align, result.Companies, rows);
    }
}
