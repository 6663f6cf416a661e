namespace IndustryTracker.Core.Exports;

public sealed record ExportResult(int Rows, int Bytes, string LatestBlob, string DatedBlob, IReadOnlyList<string> LocalFiles);
