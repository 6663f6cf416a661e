using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>
/// 100,000 benchmark rows to CSV through the export path (dataset order, column accessors, formatting, CsvHelper)
/// against the floor: CsvHelper writing the same records to a memory stream with a record writer that writes each
/// field directly (<see cref="BenchmarkRowRecordWriter"/>). For context, also against CsvHelper writing cells flattened
/// to strings before the clock starts, which leaves out reading the rows and formatting their values.
/// </summary>
public class ExportCsvBenchmarks
{
    public const int Rows = 100_000;

    private static readonly CsvWriterOptions Options = new() { NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    private static bool _outputsCompared;

    private IReadOnlyList<BenchmarkRow> _rows = [];
    private string[][] _records = [];
    private string[] _header = [];

    [GlobalSetup]
    public void Setup()
    {
        _rows = SyntheticBenchmarkRows.Create(Rows);
        _header = [.. BenchmarkCsv.Header];
        _records = BenchmarkCsv.Dataset.Ordered(_rows).Select(Flatten).ToArray();
        if (!_outputsCompared)
        {
            CompareOutputs();
            _outputsCompared = true;
        }
    }

    /// <summary>A ratio means nothing unless all three write the same CSV; stop the run if they do not.</summary>
    private void CompareOutputs()
    {
        var export = Hash(WriteExport);
        foreach (var (name, floor) in new (string, Func<Stream, long>)[] { ("record writer", WriteRowRecords), ("flattened cells", WriteFlattenedCells) })
        {
            if (Hash(floor) != export)
            {
                throw new InvalidOperationException($"The export floor ({name}) does not write the same CSV as the export path.");
            }
        }
    }

    private static string Hash(Func<Stream, long> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    [Benchmark(Baseline = true)]
    public long CsvHelperRowRecords() => InMemory(WriteRowRecords);

    [Benchmark]
    public long CsvHelperFlattenedCells() => InMemory(WriteFlattenedCells);

    [Benchmark]
    public long ExportPath() => InMemory(WriteExport);

    private static long InMemory(Func<Stream, long> write)
    {
        using var buffer = new MemoryStream();
        return write(buffer);
    }

    private long WriteRowRecords(Stream output)
    {
        using (var csv = CsvWriter.Create(output, Options, leaveOpen: true))
        {
            csv.WriteRecords(_rows, new BenchmarkRowRecordWriter());
            csv.Flush();
        }

        return output.Length;
    }

    private long WriteFlattenedCells(Stream output)
    {
        using (var csv = CsvWriter.Create(output, Options, leaveOpen: true))
        {
            csv.WriteHeader(_header);
            foreach (var record in _records)
            {
                csv.WriteRecord(record);
            }

            csv.Flush();
        }

        return output.Length;
    }

    private long WriteExport(Stream output)
    {
        BenchmarkCsv.Write(_rows, output);
        return output.Length;
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
