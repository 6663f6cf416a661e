using CsvHelper;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>
/// The export floor: CsvHelper's own way of writing records of a type it has no generated writer for, a
/// <see cref="CsvRecordWriter{T}"/> that writes each field of a <see cref="BenchmarkRow"/> straight to the writer. No
/// schema, no delegates, no sort: the least any export of these rows must do (read each row's cells, format each value
/// as its type, compose each citation cell). Written for the synthetic rows, whose citations all have a form and an
/// accession and never repeat in a cell, so it skips the export's trimming and de-duplication; the benchmark checks that
/// both write the same bytes.
/// </summary>
public sealed class BenchmarkRowRecordWriter : CsvRecordWriter<BenchmarkRow>
{
    private char[] _cell = new char[4096];
    private int _length;

    public override int FieldCount => BenchmarkCsv.Header.Count;

    public override void WriteHeader(CsvWriter writer)
    {
        foreach (var name in BenchmarkCsv.Header)
        {
            WriteColumnName(writer, name);
        }
    }

    public override void Write(CsvWriter writer, BenchmarkRow record)
    {
        writer.WriteField(record.Ticker);
        writer.WriteField(record.FiscalYear, default);
        writer.WriteField(record.PeriodStart, default);
        writer.WriteField(record.PeriodEnd, default);
        writer.WriteField(record.EmployeesAsOf, default);
        writer.WriteField(record.EmployeesScope ?? "");
        writer.WriteField(record.PerEmployeeBasis ?? "");
        foreach (var metric in BenchmarkMetrics.All)
        {
            var cell = record.Metrics[metric];
            writer.WriteField(cell.Value, default);
            writer.WriteField(cell.Note ?? "");
            _length = 0;
            foreach (var source in cell.Sources)
            {
                if (_length > 0)
                {
                    Append(" | ");
                }

                Append(source.Form);
                Append(" ");
                Append(source.Accession);
                Append(" ");
                Append(source.Url);
                Append(" \"");
                Append(source.Quote);
                Append("\"");
            }

            writer.WriteField(_cell.AsSpan(0, _length));
        }
    }

    private void Append(string? text)
    {
        if (text is null)
        {
            return;
        }

        if (_length + text.Length > _cell.Length)
        {
            Array.Resize(ref _cell, Math.Max(_cell.Length * 2, _length + text.Length));
        }

        text.CopyTo(_cell.AsSpan(_length));
        _length += text.Length;
    }
}
