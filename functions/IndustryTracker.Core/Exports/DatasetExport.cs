namespace IndustryTracker.Core.Exports;

public sealed record DatasetExport(string Name, int Rows, int Bytes, string LatestBlob, string DatedBlob);
