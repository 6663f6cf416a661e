namespace IndustryTracker.Core.Exports;

/// <summary>
/// A dataset in <c>exports/manifest.json</c>: rows, when it was generated, the newest date among its source
/// documents (and how that is defined), its CSV and Parquet blobs, and its columns.
/// </summary>
public sealed record ManifestDataset(
    string Name,
    string Description,
    int Rows,
    DateTimeOffset GeneratedAt,
    DateOnly? NewestSourceDate,
    string NewestSourceDateRule,
    ManifestFiles Csv,
    ManifestFiles Parquet,
    IReadOnlyList<ManifestColumn> Columns);
