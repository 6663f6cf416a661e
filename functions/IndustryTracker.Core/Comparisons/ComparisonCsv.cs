using System.Globalization;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Core.Comparisons;

/// <summary>A comparison as CSV: one row per company × period; per metric its value, rank, difference from the median, note and sources.</summary>
public static class ComparisonCsv
{
    public static byte[] Write(ComparisonResult result)
    {
        List<CsvColumn<ComparisonRow>> columns =
        [
            CsvColumn<ComparisonRow>.Of("ticker", r => r.Ticker),
            CsvColumn<ComparisonRow>.Of("period", r => r.Period),
            CsvColumn<ComparisonRow>.Of("periodStart", r => r.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CsvColumn<ComparisonRow>.Of("periodEnd", r => r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CsvColumn<ComparisonRow>.Of("alignment", r => r.Alignment),
        ];
        foreach (var metric in result.Metrics)
        {
            columns.Add(CsvColumn<ComparisonRow>.Num(metric, r => r.Metrics[metric].Value));
            columns.Add(CsvColumn<ComparisonRow>.Num(metric + "Rank", r => r.Metrics[metric].Rank));
            columns.Add(CsvColumn<ComparisonRow>.Num(metric + "DiffFromMedian", r => r.Metrics[metric].DiffFromMedian));
            columns.Add(CsvColumn<ComparisonRow>.Of(metric + "Note", r => r.Metrics[metric].Note));
            columns.Add(CsvColumn<ComparisonRow>.Of(metric + "Sources", r => string.Join(" | ", r.Metrics[metric].Sources.Distinct().Select(s => $"{s.Form} {s.Accession} {s.Url} \"{s.Quote}\"".Trim()))));
        }

        return CsvDataset.Write(result.Rows, columns);
    }
}
