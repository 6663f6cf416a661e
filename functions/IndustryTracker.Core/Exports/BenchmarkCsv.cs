using System.Globalization;
using CsvHelper;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// The benchmarks dataset as CSV: RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark so Excel
/// reads it as UTF-8, a header row, one row per company × fiscal year. Each metric has a value, a note (why it
/// is missing, or how it was made) and its sources. The column order is the documented schema; append, never reorder.
/// Text cells starting with = + - @ (or tab, CR) get a leading apostrophe so a spreadsheet shows them, never runs
/// them; numbers are written as numbers, so a net loss of -5 stays -5.
/// </summary>
public static class BenchmarkCsv
{
    private static readonly string[] Leading = ["ticker", "fiscalYear", "periodStart", "periodEnd", "employeesAsOf", "employeesScope", "perEmployeeBasis"];

    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static IReadOnlyList<string> Header { get; } =
        [.. Leading, .. BenchmarkMetrics.All.SelectMany(m => new[] { m, m + "Note", m + "Sources" })];

    public static byte[] Write(IEnumerable<BenchmarkRow> rows)
    {
        using var buffer = new MemoryStream();
        Write(rows, buffer);
        return buffer.ToArray();
    }

    public static void Write(IEnumerable<BenchmarkRow> rows, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(Header.ToArray());
        foreach (var row in rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.FiscalYear))
        {
            csv.WriteField(row.Ticker);
            csv.WriteField(row.FiscalYear, default);
            csv.WriteField(row.PeriodStart, "yyyy-MM-dd");
            csv.WriteField(row.PeriodEnd, "yyyy-MM-dd");
            csv.WriteField(row.EmployeesAsOf, "yyyy-MM-dd");
            csv.WriteField(row.EmployeesScope ?? "");
            csv.WriteField(row.PerEmployeeBasis ?? "");
            foreach (var metric in BenchmarkMetrics.All)
            {
                var cell = row.Metrics.GetValueOrDefault(metric);
                csv.WriteField(cell?.Value, default);
                csv.WriteField(cell?.Note ?? "");
                csv.WriteField(cell is null ? "" : Sources(cell.Sources));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string Sources(IReadOnlyList<Citation> sources) =>
        string.Join(" | ", sources.Distinct().Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Form} {s.Accession} {s.Url} \"{s.Quote}\"").Trim()));
}
