using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Local links: the blobs' own URLs. On a loopback endpoint (Azurite) the exports container is made readable
/// anonymously once, so the links open in a browser; elsewhere the container is left as it is and the links work
/// only where the account already allows reading them.
/// </summary>
public sealed class DirectExportLinks(TrackerStorage storage) : IExportLinks
{
    private volatile bool _readable;

    public async Task<ExportLinkSet> CreateAsync(IReadOnlyCollection<string> blobs, CancellationToken cancellationToken)
    {
        if (!_readable && storage.Exports.Uri.IsLoopback)
        {
            await storage.Exports.SetAccessPolicyAsync(PublicAccessType.Blob, cancellationToken: cancellationToken);
            _readable = true;
        }

        var links = blobs.Distinct(StringComparer.Ordinal).ToDictionary(b => b, b => storage.Exports.GetBlobClient(b).Uri, StringComparer.Ordinal);
        return new ExportLinkSet(links, ExpiresOn: null);
    }
}
