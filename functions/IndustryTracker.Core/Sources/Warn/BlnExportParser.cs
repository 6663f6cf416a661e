using CsvHelper;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Parses a Big Local News per-state WARN export (biglocalnews/warn-scraper) through that state's
/// <see cref="WarnColumnMap"/>. Pure: bytes in, notices out.
/// </summary>
public static class BlnExportParser
{
    // Ragged rows are normal here (TX pads some rows to 16,384 fields, others not); missing cells read as empty.
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    /// <exception cref="ArgumentException">No column map for <paramref name="state"/>.</exception>
    /// <exception cref="FormatException">The header lacks a column the state's map requires.</exception>
    public static IReadOnlyList<WarnNotice> Parse(Stream csv, string state) => Read(csv, state).Notices;

    /// <inheritdoc cref="Parse"/>
    public static WarnExportRead Read(Stream csv, string state)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var map = WarnColumnMaps.For(state);
        using var reader = CsvReader.Create(csv, Options, leaveOpen: true);
        var builder = new WarnNoticeBuilder(map, WarnHeaderIndex.Resolve(map, [.. reader.Headers]));

        var notices = new List<WarnNotice>();
        var rows = 0;
        while (reader.Read())
        {
            rows++; // the 1-based data record, as CsvReader.RowNumber counts it
            // Only the mapped cells become strings; the padding of wide rows is never materialised.
            var notice = builder.Build(reader.GetString, rows);
            if (notice is not null)
            {
                notices.Add(notice);
            }
        }

        return new WarnExportRead(rows, notices);
    }
}
