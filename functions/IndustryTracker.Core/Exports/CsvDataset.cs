using CsvHelper;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes a dataset the way every export is written: RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order
/// mark so Excel reads it as UTF-8, a header row, text cells starting with = + - @ (or tab, CR) prefixed with an
/// apostrophe so a spreadsheet shows them and never runs them. Numbers stay numbers, so -5 is still -5.
/// </summary>
public static class CsvDataset
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        using var buffer = new MemoryStream();
        Write(rows, columns, buffer);
        return buffer.ToArray();
    }

    public static void Write<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Header).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                if (column.Number is { } number)
                {
                    csv.WriteField(number(row), default);
                }
                else
                {
                    csv.WriteField(column.Text?.Invoke(row) ?? "");
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
