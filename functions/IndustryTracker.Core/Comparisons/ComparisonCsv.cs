using IndustryTracker.Core.Exports;

namespace IndustryTracker.Core.Comparisons;

/// <summary>A comparison as CSV: one row per company × period; per metric its value, rank, difference from the median, note and sources.</summary>
public static class ComparisonCsv
{
    public static byte[] Write(ComparisonResult result)
    {
        List<ExportColumn<ComparisonRow>> columns =
        [
            ExportColumn<ComparisonRow>.Text("ticker", "Company ticker", r => r.Ticker),
            ExportColumn<ComparisonRow>.Text("period", "FY2023, FY2024-Q1 (fiscal) or 2023, 2023-Q3 (calendar)", r => r.Period),
            ExportColumn<ComparisonRow>.Date("periodStart", "First day of the period", r => r.PeriodStart),
            ExportColumn<ComparisonRow>.Date("periodEnd", "Last day of the period", r => r.PeriodEnd),
            ExportColumn<ComparisonRow>.Text("alignment", "How the period was built", r => r.Alignment),
        ];
        foreach (var metric in result.Metrics)
        {
            columns.Add(ExportColumn<ComparisonRow>.Decimal(metric, "", $"{metric} value", r => r.Metrics[metric].Value));
            columns.Add(ExportColumn<ComparisonRow>.Integer(metric + "Rank", "", "Rank among the companies compared (1 = highest)", r => r.Metrics[metric].Rank));
            columns.Add(ExportColumn<ComparisonRow>.Decimal(metric + "DiffFromMedian", "", "Value minus the median of the companies compared", r => r.Metrics[metric].DiffFromMedian));
            columns.Add(ExportColumn<ComparisonRow>.Text(metric + "Note", "Why the value is missing, or how it was made", r => r.Metrics[metric].Note));
            columns.Add(ExportColumn<ComparisonRow>.Text(metric + "Sources", "The documents behind the value", r => string.Join(" | ", r.Metrics[metric].Sources.Distinct().Select(s => $"{s.Form} {s.Accession} {s.Url} \"{s.Quote}\"".Trim()))));
        }

        return CsvDataset.Write(result.Rows, columns);
    }
}
