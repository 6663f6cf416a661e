namespace IndustryTracker.Core.Exports;

/// <summary>What an export wrote for one dataset: rows, the CSV blobs (and size), the Parquet blobs beside them.</summary>
public sealed record DatasetExport(
    string Name,
    int Rows,
    int Bytes,
    string LatestBlob,
    string DatedBlob,
    string ParquetLatestBlob,
    string ParquetDatedBlob,
    DateOnly? NewestSourceDate);
