namespace IndustryTracker.Core.Exports;

/// <summary>Makes download links for export blobs: direct URLs locally, expiring read-only SAS links in Azure.</summary>
public interface IExportLinks
{
    Task<ExportLinkSet> CreateAsync(IReadOnlyCollection<string> blobs, CancellationToken cancellationToken);
}
