using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes a dataset as one Parquet file (one row group, Snappy) with the same columns, names and order as its CSV,
/// typed: text → string, integer → int64, decimal → double, date → DATE, boolean → boolean; every column nullable.
/// The file's key-value metadata carries the dataset description and each column's unit and description, so
/// pyarrow's <c>schema.metadata</c> documents the file without the manifest.
/// </summary>
public static class ParquetDataset
{
    public const string MetadataKey = "industrytracker.schema";

    public static async Task<byte[]> WriteAsync<T>(ExportDataset<T> dataset, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var fields = dataset.Columns.Select(Field).ToArray();
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer, cancellationToken: cancellationToken))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [MetadataKey] = Describe(dataset) };
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                await WriteColumnAsync(group, fields[i], dataset.Columns[i], rows, cancellationToken);
            }
        }

        return buffer.ToArray();
    }

    private static DataField Field(IExportColumn column) => column.Type switch
    {
        ColumnType.Integer => new DataField<long?>(column.Name),
        ColumnType.Decimal => new DataField<double?>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };

    private static async Task WriteColumnAsync<T>(ParquetRowGroupWriter group, DataField field, ExportColumn<T> column, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        switch (column.Type)
        {
            case ColumnType.Integer:
                await group.WriteAsync(field, Values(rows, column.IntegerOf), cancellationToken: cancellationToken);
                break;
            case ColumnType.Decimal:
                await group.WriteAsync(field, Values(rows, r => column.DecimalOf(r) is { } d ? (double)d : (double?)null), cancellationToken: cancellationToken);
                break;
            case ColumnType.Date:
                await group.WriteAsync(field, Values(rows, column.DateOf), cancellationToken: cancellationToken);
                break;
            case ColumnType.Boolean:
                await group.WriteAsync(field, Values(rows, column.BooleanOf), cancellationToken: cancellationToken);
                break;
            default:
                await group.WriteAsync(field, rows.Select(column.TextOf).ToArray());
                break;
        }
    }

    private static ReadOnlyMemory<TValue?> Values<T, TValue>(IReadOnlyList<T> rows, Func<T, TValue?> value)
        where TValue : struct => rows.Select(value).ToArray();

    private static string Describe(IExportDataset dataset) => JsonSerializer.Serialize(new
    {
        dataset = dataset.Name,
        description = dataset.Description,
        columns = dataset.Columns.Select(c => new { name = c.Name, type = ColumnTypes.Name(c.Type), unit = c.Unit, description = c.Description }),
    });
}
