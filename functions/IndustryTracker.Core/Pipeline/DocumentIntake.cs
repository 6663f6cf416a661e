using Azure.Data.Tables;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// The collectors' common last step: archive the bytes, queue one work item, register the document.
/// The order (blob, then queue, then registry) means a crash at any point leads to a refetch and at worst a
/// duplicate work item — which normalization absorbs — never to a document that is registered but unqueued.
/// </summary>
public sealed class DocumentIntake(TrackerStorage storage, RawArchive archive, TimeProvider time)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromDays(7);

    /// <summary>The registry rows of one company, keyed by row key.</summary>
    public async Task<Dictionary<string, DocumentRecord>> LoadAsync(string ticker, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter<DocumentRecord>(d => d.PartitionKey == ticker);
        await foreach (var row in storage.Documents.QueryAsync<DocumentRecord>(filter, cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        return rows;
    }

    /// <summary>Archives and queues a fetched document; returns the blob name.</summary>
    public async Task<string> AcceptAsync(DocumentRecord row, FetchResult fetched, string source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sha = RawArchive.Hash(fetched.Body);
        var blobName = RawArchive.BlobNameFor(source, sha);
        await archive.PutAsync(blobName, fetched.Body!, fetched.Url, fetched.ContentType, now, cancellationToken);

        row.Sha256 = sha;
        row.BlobName = blobName;
        row.FetchedAt = now;
        row.Status = DocumentStatus.Archived;
        row.Error = null;
        row.NextAttemptAt = null;
        await storage.Normalize.SendMessageAsync(NormalizeWorkItem.For(row).ToJson(), cancellationToken);
        await storage.Documents.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return blobName;
    }

    public Task SaveAsync(DocumentRecord row, CancellationToken cancellationToken) =>
        storage.Documents.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Records a failed fetch and when to try again (doubling, at most a week apart).</summary>
    public async Task<DateTimeOffset> RecordFailureAsync(DocumentRecord row, string error, TimeSpan firstDelay, CancellationToken cancellationToken)
    {
        row.FetchAttempts++;
        row.Status = row.Status is DocumentStatus.Archived or DocumentStatus.Normalized or DocumentStatus.NormalizedWithRejections ? row.Status : DocumentStatus.Failed;
        row.Error = error;
        var delay = firstDelay * Math.Pow(2, Math.Min(row.FetchAttempts - 1, 16));
        row.NextAttemptAt = time.GetUtcNow() + (delay > MaxRetryDelay ? MaxRetryDelay : delay);
        await storage.Documents.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return row.NextAttemptAt.Value;
    }

    /// <summary>
    /// Whether to fetch a document now; when not, counts why: archived documents are immutable (unchanged), failed
    /// ones wait for their retry time (deferred).
    /// </summary>
    public bool ShouldFetch(DocumentRecord? row, SourceSummary summary)
    {
        if (IsDue(row))
        {
            return true;
        }

        if (row!.Status == DocumentStatus.Failed)
        {
            summary.AddDeferred();
        }
        else
        {
            summary.AddUnchanged();
        }

        return false;
    }

    /// <summary>Whether a document needs fetching: never fetched, or failed and due again.</summary>
    public bool IsDue(DocumentRecord? row) => row is null
        || (row.Status == DocumentStatus.Failed && (row.NextAttemptAt is null || row.NextAttemptAt <= time.GetUtcNow()));
}
