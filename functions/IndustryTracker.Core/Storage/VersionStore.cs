using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// The data version of each partition the API reads (a company, or the unmatched WARN notices): a hash of its content,
/// rewritten only when the content changes. Responses derive their ETag from the versions of the partitions they read,
/// so a revalidation costs one small query and no row reads.
/// </summary>
public sealed class VersionStore(TrackerStorage storage)
{
    private const string Partition = "data";

    public static string HashOf(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>Records a partition's version; no write when it is unchanged (an unchanged run writes nothing).</summary>
    public async Task SetAsync(string key, string version, CancellationToken cancellationToken)
    {
        var rowKey = TableKeys.Escape(key);
        var existing = await storage.Versions.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value!.GetString("Version") == version)
        {
            return;
        }

        await storage.Versions.UpsertEntityAsync(new TableEntity(Partition, rowKey) { ["Version"] = version }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// The versions of the partitions asked, combined; "none" for a partition never written. One point read per
    /// partition, in parallel: the cost follows the partitions a request reads, not the number of companies stored
    /// (reading the whole version partition made every request slower as companies were added).
    /// </summary>
    public async Task<string> CombinedAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var rowKeys = keys.Select(TableKeys.Escape).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var versions = await Task.WhenAll(rowKeys.Select(async k =>
        {
            var row = await storage.Versions.GetEntityIfExistsAsync<TableEntity>(Partition, k, select: ["Version"], cancellationToken: cancellationToken);
            return $"{k}={(row.HasValue ? row.Value!.GetString("Version") ?? "" : "none")}";
        }));
        return HashOf(versions);
    }
}
