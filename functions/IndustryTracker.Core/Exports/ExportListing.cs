namespace IndustryTracker.Core.Exports;

/// <summary>
/// The body of <c>GET /api/exports</c>: the last export's datasets with download links, a link to the manifest
/// itself, and when the links expire (null for direct links, which do not).
/// </summary>
public sealed record ExportListing(DateTimeOffset GeneratedAt, DateTimeOffset? LinksExpireOn, Uri Manifest, IReadOnlyList<ExportListingDataset> Datasets)
{
    public static IReadOnlyList<string> Blobs(ExportManifest manifest) =>
    [
        ExportManifest.Blob,
        .. manifest.Datasets.SelectMany(d => new[] { d.Csv.Latest, d.Csv.Dated, d.Parquet.Latest, d.Parquet.Dated }),
    ];

    public static ExportListing From(ExportManifest manifest, ExportLinkSet links) =>
        new(manifest.GeneratedAt, links.ExpiresOn, links[ExportManifest.Blob], manifest.Datasets.Select(d => ExportListingDataset.From(d, links)).ToList());
}
