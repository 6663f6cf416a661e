using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

public sealed class CheckpointStore(TrackerStorage storage)
{
    public async Task<CheckpointRecord?> GetAsync(string feed, string key, CancellationToken cancellationToken)
    {
        var result = await storage.Checkpoints.GetEntityIfExistsAsync<CheckpointRecord>(feed, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return result.HasValue ? result.Value : null;
    }

    public Task SaveAsync(CheckpointRecord checkpoint, CancellationToken cancellationToken) =>
        storage.Checkpoints.UpsertEntityAsync(checkpoint, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<CheckpointRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<CheckpointRecord>();
        await foreach (var row in storage.Checkpoints.QueryAsync<CheckpointRecord>(cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
