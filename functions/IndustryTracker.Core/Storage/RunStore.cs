using System.Globalization;
using Azure.Data.Tables;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Core.Storage;

/// <summary>One row per collector, rewritten at the end of each of its runs: the only write an unchanged run makes.</summary>
public sealed class RunStore(TrackerStorage storage, TimeProvider time)
{
    public async Task RecordAsync(SourceSummary summary, CancellationToken cancellationToken)
    {
        var existing = await storage.Runs.GetEntityIfExistsAsync<RunRecord>(RunRecord.Partition, summary.Source, cancellationToken: cancellationToken);
        var row = existing.HasValue ? existing.Value! : new RunRecord { RowKey = summary.Source };
        var now = time.GetUtcNow();
        row.LastRunAt = now;
        row.LastRequests = summary.Requests;
        row.LastNewDocuments = summary.NewDocuments;
        row.LastFailures = summary.Failures.Count;
        if (summary.Requests == 0 || summary.Failures.Count < summary.Requests)
        {
            row.LastSuccessAt = now;
        }

        var newest = summary.NewestDocument?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (newest is not null && string.CompareOrdinal(newest, row.NewestDocument) > 0)
        {
            row.NewestDocument = newest;
        }

        await storage.Runs.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<RunRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RunRecord.Partition}");
        await foreach (var row in storage.Runs.QueryAsync<RunRecord>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
