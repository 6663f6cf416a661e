using CsvHelper;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes a dataset the way every export is written: RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order
/// mark so Excel reads it as UTF-8, a header row, text cells starting with = + - @ (or tab, CR) prefixed with an
/// apostrophe so a spreadsheet shows them and never runs them. Numbers stay numbers, so -5 is still -5; dates are
/// yyyy-MM-dd and booleans true/false, neither of which can start a formula.
/// </summary>
public static class CsvDataset
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var buffer = new MemoryStream();
        Write(rows, columns, buffer);
        return buffer.ToArray();
    }

    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        var built = new CellText();
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());

        // An array, not the list interface: the row loop runs once per cell.
        var schema = columns.ToArray();
        foreach (var row in rows)
        {
            WriteRow(csv, schema, row, built);
        }

        csv.Flush();
    }

    /// <summary>
    /// One record. A method of its own, not the body of the loop above: an export calls <see cref="Write{T}"/> once, so
    /// its loop would run as on-stack-replaced code, while a method called per row is soon fully optimized.
    /// </summary>
    private static void WriteRow<T>(CsvWriter csv, ExportColumn<T>[] schema, T row, CellText built)
    {
        foreach (var column in schema)
        {
            switch (column.Type)
            {
                case ColumnType.Integer:
                    csv.WriteField(column.IntegerOf(row), default);
                    break;
                case ColumnType.Decimal:
                    WriteDecimal(csv, column.DecimalOf(row));
                    break;
                case ColumnType.Date:
                    // The default format of a date is ISO 8601 ("O"), which for a DateOnly is yyyy-MM-dd, and the fast one.
                    csv.WriteField(column.DateOf(row), default);
                    break;
                case ColumnType.Boolean:
                    csv.WriteField(column.BooleanOf(row) is { } flag ? (flag ? "true" : "false") : "");
                    break;
                case ColumnType.Text when column.IsBuilt:
                    built.Clear();
                    column.BuildText(row, built);
                    csv.WriteField(built.Span);
                    break;
                default:
                    csv.WriteField(column.TextOf(row) ?? "");
                    break;
            }
        }

        csv.EndRecord();
    }

    /// <summary>
    /// Whole amounts (most money figures) are written through <see cref="long"/>, whose formatting is several times
    /// cheaper than <see cref="decimal"/>'s; the text is the same, as a decimal with scale 0 prints no fraction.
    /// </summary>
    private static void WriteDecimal(CsvWriter csv, decimal? value)
    {
        if (value is { Scale: 0 } whole && whole >= long.MinValue && whole <= long.MaxValue)
        {
            csv.WriteField((long)whole, default);
        }
        else
        {
            csv.WriteField(value, default);
        }
    }
}
