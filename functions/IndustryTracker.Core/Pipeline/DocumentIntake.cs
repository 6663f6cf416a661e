using Azure;
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
    /// Whether storage refused a request because of the item's own data (a key or property too long, an entity or
    /// body too large: 400 and 413) rather than because it is down or refuses us (which stops the run, as before).
    /// </summary>
    public static bool IsCausedByItem(RequestFailedException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.Status is 400 or 413;
    }

    /// <summary>
    /// Records a document storage refused (<see cref="IsCausedByItem"/>) as that document's failure, retried on the
    /// usual schedule. If even its failure row cannot be stored, the failure is still counted in the run's summary and,
    /// with no row kept, the document is tried again the next time it is listed; returns whether the row was stored.
    /// </summary>
    public async Task<bool> RecordRejectionAsync(DocumentRecord row, RequestFailedException ex, TimeSpan firstDelay, SourceSummary summary, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(summary);
        var error = $"storage refused this document's data: HTTP {ex.Status} {ex.ErrorCode}".TrimEnd();
        summary.AddFailure($"{label}: {error}");
        // Only new or failed rows are fetched, so whatever AcceptAsync set on this one was never stored.
        row.Status = DocumentStatus.Failed;
        row.BlobName = null;
        row.Sha256 = null;
        row.FetchedAt = null;
        try
        {
            await RecordFailureAsync(row, error, firstDelay, cancellationToken);
            return true;
        }
        catch (RequestFailedException again) when (IsCausedByItem(again))
        {
            // The row itself is what storage cannot hold; the summary above is the record.
            return false;
        }
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
