using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>
/// 100,000 benchmark rows to CSV through the export path (dataset order, column accessors, formatting, CsvHelper)
/// against the floor: CsvHelper writing the same records, already flattened to their cells, to a memory stream.
/// </summary>
public class ExportCsvBenchmarks
{
    public const int Rows = 100_000;

    private static readonly CsvWriterOptions Options = new() { NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    private IReadOnlyList<BenchmarkRow> _rows = [];
    private string[][] _records = [];
    private string[] _header = [];

    [GlobalSetup]
    public void Setup()
    {
        _rows = SyntheticBenchmarkRows.Create(Rows);
        _header = [.. BenchmarkCsv.Header];
        _records = BenchmarkCsv.Dataset.Ordered(_rows).Select(Flatten).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long CsvHelperRecords()
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(_header);
            foreach (var record in _records)
            {
                csv.WriteRecord(record);
            }

            csv.Flush();
        }

        return buffer.Length;
    }

    [Benchmark]
    public long ExportPath()
    {
        using var buffer = new MemoryStream();
        BenchmarkCsv.Write(_rows, buffer);
        return buffer.Length;
    }

    private static string[] Flatten(BenchmarkRow row)
    {
        var cells = new List<string>
        {
            row.Ticker, row.FiscalYear.ToString(CultureInfo.InvariantCulture), ExportDates.Text(row.PeriodStart), ExportDates.Text(row.PeriodEnd),
            row.EmployeesAsOf is { } asOf ? ExportDates.Text(asOf) : "", row.EmployeesScope ?? "", row.PerEmployeeBasis ?? "",
        };
        foreach (var metric in BenchmarkMetrics.All)
        {
            var cell = row.Metrics[metric];
            cells.Add(cell.Value?.ToString(CultureInfo.InvariantCulture) ?? "");
            cells.Add(cell.Note ?? "");
            cells.Add(string.Join(" | ", cell.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Form} {s.Accession} {s.Url} \"{s.Quote}\"").Trim())));
        }

        return [.. cells];
    }
}
