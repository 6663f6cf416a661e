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

    /// <summary>One query for all versions, combined for the partitions asked; "none" for a partition never written.</summary>
    public async Task<string> CombinedAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in storage.Versions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            all[row.RowKey] = row.GetString("Version") ?? "";
        }

        return HashOf(keys.Select(TableKeys.Escape).Order(StringComparer.Ordinal).Select(k => $"{k}={all.GetValueOrDefault(k, "none")}"));
    }
}
