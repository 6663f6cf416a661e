using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// A document fetched again on every run and kept only when it changed (a WARN export, a company-facts file):
/// conditional GET against its checkpoint, then hash comparison, then intake. Unchanged costs one request, no writes.
/// </summary>
public sealed class ConditionalFeed(DocumentIntake intake, CheckpointStore checkpoints, TimeProvider time)
{
    public async Task<FetchOutcome> CollectAsync(
        Func<Uri, Validators, CancellationToken, Task<FetchResult>> fetch,
        DocumentRecord row,
        string feed,
        string source,
        string label,
        TimeSpan retryAfter,
        SourceSummary summary,
        CancellationToken cancellationToken)
    {
        if (row.Status == DocumentStatus.Failed && !intake.IsDue(row))
        {
            summary.AddDeferred();
            return FetchOutcome.Deferred;
        }

        var key = $"{row.PartitionKey}:{row.RowKey}";
        var checkpoint = row.Sha256 is null ? null : await checkpoints.GetAsync(feed, key, cancellationToken);
        summary.AddRequest();
        var url = new Uri(row.Url);
        var fetched = DocumentValidation.Check(row.Kind, row.Form, await fetch(url, checkpoint is null ? Validators.None : new Validators(checkpoint.ValidatorETag, checkpoint.LastModified), cancellationToken));
        if (fetched.IsNotModified || (fetched.IsOk && RawArchive.Hash(fetched.Body) == row.Sha256))
        {
            summary.AddUnchanged();
            return FetchOutcome.Unchanged;
        }

        if (!fetched.IsOk)
        {
            var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
            await intake.RecordFailureAsync(row, error, retryAfter, cancellationToken);
            summary.AddFailure($"{label}: {error}");
            return FetchOutcome.Failed;
        }

        string blobName;
        try
        {
            blobName = await intake.AcceptAsync(row, fetched, source, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (DocumentIntake.IsCausedByItem(ex))
        {
            await intake.RecordRejectionAsync(row, ex, retryAfter, summary, label, cancellationToken);
            return FetchOutcome.Failed;
        }

        var now = time.GetUtcNow();
        await checkpoints.SaveAsync(
            new CheckpointRecord
            {
                PartitionKey = feed,
                RowKey = TableKeys.Escape(key),
                ValidatorETag = fetched.ETag,
                LastModified = fetched.LastModified,
                BlobName = blobName,
                Sha256 = row.Sha256,
                LastSuccess = now,
                LastChange = now,
            },
            cancellationToken);
        summary.AddNewDocument();
        return FetchOutcome.New;
    }
}
