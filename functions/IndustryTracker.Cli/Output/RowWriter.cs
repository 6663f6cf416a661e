using System.Text;
using System.Text.Json;
using CsvHelper;

namespace IndustryTracker.Cli.Output;

/// <summary>Writes rows to stdout as an aligned text table, JSON, or CSV (formula-safe, like the exports).</summary>
public static class RowWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape };

    public static void Write<T>(TextWriter output, IReadOnlyList<T> rows, OutputFormat format, IReadOnlyList<Column<T>> columns)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(rows, Json));
                break;
            case OutputFormat.Csv:
                WriteCsv(output, rows, columns);
                break;
            default:
                WriteTable(output, rows, columns);
                break;
        }
    }

    private static void WriteCsv<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        using var csv = CsvWriter.Create(output, Csv, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Header).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Value(row) ?? "");
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        const int maxWidth = 60;
        var cells = rows.Select(r => columns.Select(c => Clip(c.Value(r) ?? "", maxWidth)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        var line = new StringBuilder();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Header.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(row[i].PadRight(widths[i])).Append("  ");
            }

            output.WriteLine(line.ToString().TrimEnd());
        }

        output.WriteLine($"({rows.Count} rows)");
    }

    private static string Clip(string value, int max)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
