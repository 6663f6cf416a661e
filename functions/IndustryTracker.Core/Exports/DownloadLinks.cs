namespace IndustryTracker.Core.Exports;

/// <summary>Links to one format of a dataset: the newest file, today's dated snapshot, and its size in bytes.</summary>
public sealed record DownloadLinks(Uri Latest, Uri Dated, long Bytes)
{
    public static DownloadLinks From(ManifestFiles files, ExportLinkSet links) => new(links[files.Latest], links[files.Dated], files.Bytes);
}
