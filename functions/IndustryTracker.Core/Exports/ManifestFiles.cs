namespace IndustryTracker.Core.Exports;

/// <summary>One format of a dataset: the blob that is always the newest, today's dated snapshot, and its size.</summary>
public sealed record ManifestFiles(string Latest, string Dated, long Bytes);
