using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// The benchmarks dataset: one row per company × fiscal year; each metric has a value, a note (why it is missing,
/// or how it was made) and its sources. The column order is the documented schema; append, never reorder.
/// </summary>
public static class BenchmarkCsv
{
    public static IReadOnlyList<CsvColumn<BenchmarkRow>> Columns { get; } =
    [
        CsvColumn<BenchmarkRow>.Of("ticker", r => r.Ticker),
        CsvColumn<BenchmarkRow>.Num("fiscalYear", r => r.FiscalYear),
        CsvColumn<BenchmarkRow>.Of("periodStart", r => Date(r.PeriodStart)),
        CsvColumn<BenchmarkRow>.Of("periodEnd", r => Date(r.PeriodEnd)),
        CsvColumn<BenchmarkRow>.Of("employeesAsOf", r => r.EmployeesAsOf is { } d ? Date(d) : null),
        CsvColumn<BenchmarkRow>.Of("employeesScope", r => r.EmployeesScope),
        CsvColumn<BenchmarkRow>.Of("perEmployeeBasis", r => r.PerEmployeeBasis),
        .. BenchmarkMetrics.All.SelectMany(m => new[]
        {
            CsvColumn<BenchmarkRow>.Num(m, r => r.Metrics.GetValueOrDefault(m)?.Value),
            CsvColumn<BenchmarkRow>.Of(m + "Note", r => r.Metrics.GetValueOrDefault(m)?.Note),
            CsvColumn<BenchmarkRow>.Of(m + "Sources", r => r.Metrics.GetValueOrDefault(m) is { } cell ? Sources(cell.Sources) : null),
        }),
    ];

    public static IReadOnlyList<string> Header { get; } = Columns.Select(c => c.Header).ToList();

    public static byte[] Write(IEnumerable<BenchmarkRow> rows) => CsvDataset.Write(Ordered(rows), Columns);

    public static void Write(IEnumerable<BenchmarkRow> rows, Stream output) => CsvDataset.Write(Ordered(rows), Columns, output);

    private static IEnumerable<BenchmarkRow> Ordered(IEnumerable<BenchmarkRow> rows) =>
        rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.FiscalYear);

    private static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Sources(IReadOnlyList<Citation> sources) =>
        string.Join(" | ", sources.Distinct().Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Form} {s.Accession} {s.Url} \"{s.Quote}\"").Trim()));
}
