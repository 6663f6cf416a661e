using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace IndustryTracker.Tests.Exports;

/// <summary>
/// A blob service that hands out user delegation keys the way Azure does for a token credential, without Azure
/// (Azurite has no Entra ID). Counts the key requests so a test can see the key is reused.
/// </summary>
internal sealed class FakeDelegatingBlobService : BlobServiceClient
{
    public static readonly Uri Endpoint = new("https://trackerdata.blob.core.windows.net/");

    public List<(DateTimeOffset? StartsOn, DateTimeOffset ExpiresOn)> KeyRequests { get; } = [];

    public override Uri Uri => Endpoint;

    public override string AccountName => "trackerdata";

    public override BlobContainerClient GetBlobContainerClient(string blobContainerName) => new(new Uri(Endpoint, blobContainerName));

    public override Task<Response<UserDelegationKey>> GetUserDelegationKeyAsync(DateTimeOffset? startsOn, DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        KeyRequests.Add((startsOn, expiresOn));
        var key = BlobsModelFactory.UserDelegationKey(
            "5a1b0c8e-0000-4000-8000-00000000000a", "72f988bf-0000-4000-8000-00000000000b", startsOn ?? DateTimeOffset.UtcNow, expiresOn, "b", "2025-11-05",
            Convert.ToBase64String(new byte[32]));
        // The SDK's own test helpers build responses the same way: a value and no raw response, which signing never reads.
        return Task.FromResult(Response.FromValue(key, null!));
    }
}
