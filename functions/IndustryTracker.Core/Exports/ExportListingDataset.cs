namespace IndustryTracker.Core.Exports;

/// <summary>A dataset as <c>GET /api/exports</c> lists it: the manifest's entry with download links for CSV and Parquet.</summary>
public sealed record ExportListingDataset(
    string Name,
    string Description,
    int Rows,
    DateTimeOffset GeneratedAt,
    DateOnly? NewestSourceDate,
    string NewestSourceDateRule,
    DownloadLinks Csv,
    DownloadLinks Parquet,
    IReadOnlyList<ManifestColumn> Columns)
{
    public static ExportListingDataset From(ManifestDataset d, ExportLinkSet links) =>
        new(d.Name, d.Description, d.Rows, d.GeneratedAt, d.NewestSourceDate, d.NewestSourceDateRule, DownloadLinks.From(d.Csv, links), DownloadLinks.From(d.Parquet, links), d.Columns);
}
