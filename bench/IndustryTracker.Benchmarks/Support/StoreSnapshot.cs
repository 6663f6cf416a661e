using Azure.Data.Tables;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// The ETag of every entity and blob of the app's store. Any write, even of identical content, changes an ETag, so
/// two snapshots tell exactly which entities and blobs were written (or added, or deleted) between them.
/// </summary>
public sealed class StoreSnapshot
{
    private readonly Dictionary<string, string> _etags;

    private StoreSnapshot(Dictionary<string, string> etags) => _etags = etags;

    public static async Task<StoreSnapshot> TakeAsync(TrackerStorage storage)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in storage.Tables)
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                etags[$"table {table.Name}/{entity.PartitionKey}/{entity.RowKey}"] = entity.ETag.ToString();
            }
        }

        foreach (var container in new[] { storage.Raw, storage.Exports })
        {
            await foreach (var blob in container.GetBlobsAsync())
            {
                etags[$"blob {container.Name}/{blob.Name}"] = blob.Properties.ETag?.ToString() ?? "";
            }
        }

        return new StoreSnapshot(etags);
    }

    /// <summary>Keys ("table NAME/PK/RK" or "blob CONTAINER/NAME") written, added or deleted since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(StoreSnapshot before) =>
        _etags.Where(e => before._etags.GetValueOrDefault(e.Key) != e.Value)
            .Select(e => e.Key)
            .Concat(before._etags.Keys.Where(k => !_etags.ContainsKey(k)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
