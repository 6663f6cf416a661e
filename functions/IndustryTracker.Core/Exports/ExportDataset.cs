namespace IndustryTracker.Core.Exports;

/// <summary>
/// One published dataset: its name, what a row is, how its newest source date is defined, its columns (the schema,
/// in published order: append, never reorder) and the row order that makes every export of the same data
/// byte-identical.
/// </summary>
public sealed class ExportDataset<T>(
    string name,
    string description,
    string newestSourceDateRule,
    IReadOnlyList<ExportColumn<T>> columns,
    Func<IEnumerable<T>, IEnumerable<T>> order) : IExportDataset
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public string NewestSourceDateRule { get; } = newestSourceDateRule;
    public IReadOnlyList<ExportColumn<T>> Columns { get; } = columns;

    IReadOnlyList<IExportColumn> IExportDataset.Columns => Columns;

    public IReadOnlyList<string> Header => Columns.Select(c => c.Name).ToList();

    public IReadOnlyList<T> Ordered(IEnumerable<T> rows) => order(rows).ToList();

    public byte[] WriteCsv(IEnumerable<T> rows) => CsvDataset.Write(Ordered(rows), Columns);

    public void WriteCsv(IEnumerable<T> rows, Stream output) => CsvDataset.Write(Ordered(rows), Columns, output);

    public Task<byte[]> WriteParquetAsync(IEnumerable<T> rows, CancellationToken cancellationToken) =>
        ParquetDataset.WriteAsync(this, Ordered(rows), cancellationToken);
}
