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
    /// The versions of the partitions asked, combined; "none" for a partition never written. One query that names the
    /// rows asked (RowKey eq … or …) inside the version partition: one round trip, and a cost that follows the partitions
    /// a request reads, not the number of companies stored (reading the whole partition made every request slower as
    /// companies were added; a point read per partition multiplied the round trips of every request).
    /// </summary>
    public async Task<string> CombinedAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var rowKeys = keys.Select(TableKeys.Escape).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rowKeys.Count > 0)
        {
            // Each clause escaped by CreateQueryFilter; the filter's length is bounded by the tracked companies a request names.
            var rows = string.Join(" or ", rowKeys.Select(k => TableClient.CreateQueryFilter($"RowKey eq {k}")));
            var filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")} and ({rows})";
            await foreach (var row in storage.Versions.QueryAsync<TableEntity>(filter, select: ["RowKey", "Version"], cancellationToken: cancellationToken))
            {
                found[row.RowKey] = row.GetString("Version") ?? "";
            }
        }

        return HashOf(rowKeys.Select(k => $"{k}={found.GetValueOrDefault(k, "none")}"));
    }
}
