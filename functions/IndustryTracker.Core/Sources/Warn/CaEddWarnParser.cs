using System.Globalization;
using System.Text;
using ExcelDataReader;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Parses California EDD's warn_report.xlsx (first sheet). EDD puts title rows above the header, so the header is the
/// first row within <see cref="HeaderSearchRows"/> that holds every column <see cref="WarnColumnMaps.CaliforniaEdd"/>
/// requires. Dates may be real dates, Excel serial numbers or text. <see cref="WarnNotice.SourceRow"/> counts data rows
/// below the header, from 1.
/// </summary>
public static class CaEddWarnParser
{
    public const int HeaderSearchRows = 20;

    static CaEddWarnParser()
    {
        // ExcelDataReader's configuration asks for code page 1252 (the fallback for legacy .xls) even when reading .xlsx,
        // and .NET only has it once the in-box code-pages provider is registered. Registering it again is a no-op.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <exception cref="FormatException">
    /// No header row with the EDD columns near the top of the sheet, or a workbook over <paramref name="limits"/>
    /// (the defaults when null), refused before any of it is read.
    /// </exception>
    public static IReadOnlyList<WarnNotice> Parse(Stream xlsx, WorkbookLimits? limits = null) => Read(xlsx, limits).Notices;

    /// <inheritdoc cref="Parse"/>
    public static WarnExportRead Read(Stream xlsx, WorkbookLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        // The size check reads the file once before ExcelDataReader does, so it must be able to go back to the start.
        if (!xlsx.CanSeek)
        {
            throw new ArgumentException("The workbook stream must be seekable.", nameof(xlsx));
        }

        if ((limits ?? new WorkbookLimits()).Problem(xlsx) is { } problem)
        {
            throw new FormatException($"EDD WARN report refused before reading: {problem}.");
        }

        var map = WarnColumnMaps.CaliforniaEdd;
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(xlsx, new ExcelReaderConfiguration { LeaveOpen = true });

        WarnNoticeBuilder? builder = null;
        (string Field, WarnColumn Column) missing = default;
        var notices = new List<WarnNotice>();
        var rows = 0;
        for (var sheetRow = 1; reader.Read(); sheetRow++)
        {
            var cells = Cells(reader);
            if (builder is null)
            {
                if (WarnHeaderIndex.TryResolve(map, cells, out var index, out var lacking))
                {
                    builder = new WarnNoticeBuilder(map, index);
                }
                else if (sheetRow >= HeaderSearchRows)
                {
                    break;
                }
                else if (Progress(map, lacking.Field) > Progress(map, missing.Field))
                {
                    missing = lacking; // the row that got furthest is the likeliest header: name what it lacks
                }

                continue;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue; // spacer rows between the data and footnotes
            }

            rows++;
            var notice = builder.Build(i => i < cells.Length ? cells[i] : "", rows);
            if (notice is not null)
            {
                notices.Add(notice);
            }
        }

        return builder is not null
            ? new WarnExportRead(rows, notices)
            : throw new FormatException(
                $"EDD WARN report has no header row in its first {HeaderSearchRows} rows"
                + (missing.Field is null ? "." : $"; the nearest lacks the {missing.Field} column ({missing.Column})."));
    }

    private static int Progress(WarnColumnMap map, string? field) =>
        field is null ? -1 : map.Fields().Select(f => f.Field).TakeWhile(f => f != field).Count();

    // Each cell as invariant text: dates as ISO dates, numbers round-trippable, so the column map's parsers apply.
    private static string[] Cells(IExcelDataReader reader)
    {
        var cells = new string[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.GetValue(i) switch
            {
                null => "",
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
        }

        return cells;
    }
}
