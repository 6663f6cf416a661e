using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;

namespace IndustryTracker.Core.Storage;

/// <summary>Raw documents in Blob, unedited and content-addressed: the name is the SHA-256 of the bytes.</summary>
public sealed class RawArchive(TrackerStorage storage)
{
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string BlobNameFor(string source, string sha256) => $"{source}/{sha256}";

    /// <summary>Stores the bytes unless a blob with the same hash exists; returns true when a blob was written.</summary>
    public async Task<bool> PutAsync(string blobName, byte[] bytes, Uri url, string? contentType, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        var blob = storage.Raw.GetBlobClient(blobName);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType ?? "application/octet-stream" },
            Metadata = new Dictionary<string, string>
            {
                // Metadata values must be ASCII; URLs are escaped to stay within it.
                ["url"] = url.AbsoluteUri,
                ["fetchedAt"] = fetchedAt.ToString("O", CultureInfo.InvariantCulture),
                ["contentType"] = contentType ?? "",
            },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };

        try
        {
            await blob.UploadAsync(new BinaryData(bytes), options, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            return false;
        }
    }

    public async Task<BinaryData> GetAsync(string blobName, CancellationToken cancellationToken)
    {
        var result = await storage.Raw.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
        return result.Value.Content;
    }
}
