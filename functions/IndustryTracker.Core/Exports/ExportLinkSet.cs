namespace IndustryTracker.Core.Exports;

/// <summary>Download URLs for blobs of the exports container, and when they stop working (null: they do not expire).</summary>
public sealed record ExportLinkSet(IReadOnlyDictionary<string, Uri> Links, DateTimeOffset? ExpiresOn)
{
    public Uri this[string blob] => Links[blob];
}
