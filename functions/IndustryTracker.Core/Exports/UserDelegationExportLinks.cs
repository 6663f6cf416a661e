using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Azure links: user-delegation SAS (the account has no shared keys, so a key-signed SAS cannot exist), read-only,
/// HTTPS-only, one blob each, expiring after the configured lifetime. The delegation key is fetched with the app's
/// token credential and reused until it would expire before a new link does (a day's key: one call a day, not one a request).
/// The identity needs Storage Blob Delegator on the account (to get the key) and Storage Blob Data Reader on the
/// exports container: a delegation SAS grants at most what its signer may do.
/// </summary>
public sealed class UserDelegationExportLinks(BlobServiceClient service, string container, TimeSpan lifetime, TimeProvider time) : IExportLinks
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(1);

    // Starts a little in the past: another machine's clock may be behind ours.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserDelegationKey? _key;

    public async Task<ExportLinkSet> CreateAsync(IReadOnlyCollection<string> blobs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + lifetime;
        var key = await KeyAsync(now, expires, cancellationToken);
        var containerClient = service.GetBlobContainerClient(container);
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var blob in blobs.Distinct(StringComparer.Ordinal))
        {
            var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
            {
                BlobContainerName = container,
                BlobName = blob,
                Resource = "b",
                StartsOn = now - ClockSkew,
                Protocol = SasProtocol.Https,
            };
            var uri = new BlobUriBuilder(containerClient.GetBlobClient(blob).Uri) { Sas = sas.ToSasQueryParameters(key, service.AccountName) };
            links[blob] = uri.ToUri();
        }

        return new ExportLinkSet(links, expires);
    }

    private async Task<UserDelegationKey> KeyAsync(DateTimeOffset now, DateTimeOffset linksExpire, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_key is null || _key.SignedExpiresOn < linksExpire)
            {
                _key = (await service.GetUserDelegationKeyAsync(now - ClockSkew, now + KeyLifetime, cancellationToken)).Value;
            }

            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }
}
