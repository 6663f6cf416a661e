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
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                switch (column.Type)
                {
                    case ColumnType.Integer:
                        csv.WriteField(column.IntegerOf(row), default);
                        break;
                    case ColumnType.Decimal:
                        csv.WriteField(column.DecimalOf(row), default);
                        break;
                    case ColumnType.Date:
                        csv.WriteField(column.DateOf(row) is { } date ? ExportDates.Text(date) : "");
                        break;
                    case ColumnType.Boolean:
                        csv.WriteField(column.BooleanOf(row) is { } flag ? (flag ? "true" : "false") : "");
                        break;
                    default:
                        csv.WriteField(column.TextOf(row) ?? "");
                        break;
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
