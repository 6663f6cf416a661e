namespace IndustryTracker.Core.Exports;

/// <summary>One dataset rendered for an export: its schema, row count, newest source date, CSV and Parquet bytes.</summary>
public sealed record DatasetContent(IExportDataset Dataset, int Rows, DateOnly? NewestSourceDate, byte[] Csv, byte[] Parquet)
{
    public static async Task<DatasetContent> RenderAsync<T>(ExportDataset<T> dataset, IReadOnlyList<T> rows, DateOnly? newestSourceDate, CancellationToken cancellationToken) =>
        new(dataset, rows.Count, newestSourceDate, dataset.WriteCsv(rows), await dataset.WriteParquetAsync(rows, cancellationToken));
}
