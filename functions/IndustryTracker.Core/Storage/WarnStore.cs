using Azure.Data.Tables;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Storage;

/// <summary>WARN notices, matched ones under their company's partition and the rest under one partition of their own.</summary>
public sealed class WarnStore(TrackerStorage storage)
{
    /// <summary>Upserts; a notice read again (same identity) replaces its row, so re-reading a file writes the same rows.</summary>
    public async Task WriteAsync(IEnumerable<WarnEntity> notices, CancellationToken cancellationToken)
    {
        // A transaction holds one partition and at most 100 rows; the batches touch distinct rows, so they go out together.
        var batches = notices.DistinctBy(n => (n.PartitionKey, n.RowKey)).GroupBy(n => n.PartitionKey).SelectMany(partition => partition.Chunk(100));
        await Task.WhenAll(batches.Select(batch =>
            storage.Warn.SubmitTransactionAsync(batch.Select(n => new TableTransactionAction(TableTransactionActionType.UpsertReplace, n)), cancellationToken)));
    }

    /// <param name="partitions">Tickers to read, plus <see cref="WarnEntity.Unmatched"/> for employers matched to none.</param>
    public async Task<IReadOnlyList<WarnEntity>> QueryAsync(IEnumerable<string> partitions, string? state, string? from, string? to, CancellationToken cancellationToken)
    {
        var rows = new List<WarnEntity>();
        foreach (var partition in partitions)
        {
            // Each clause is escaped by CreateQueryFilter; undated notices stay visible unless a date range is asked for.
            var clauses = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition}") };
            if (state is not null)
            {
                clauses.Add(TableClient.CreateQueryFilter($"State eq {state}"));
            }

            if (from is not null)
            {
                clauses.Add(TableClient.CreateQueryFilter($"Received ge {from}"));
            }

            if (to is not null)
            {
                clauses.Add(TableClient.CreateQueryFilter($"Received le {to}"));
            }

            var filter = string.Join(" and ", clauses);
            await foreach (var row in storage.Warn.QueryAsync<WarnEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }
        }

        return rows.OrderBy(r => r.Received, StringComparer.Ordinal).ThenBy(r => r.State, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal).ToList();
    }
}
