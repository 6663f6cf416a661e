using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>
/// Each company's RSS/Atom feeds, fetched conditionally; every new item's article page is fetched, archived and
/// queued (the statement extractor runs over it in normalization). Articles are immutable once archived.
/// A feed's checkpoint is saved only after every item it lists has been archived or recorded as failed, so a run
/// that stops part-way re-reads the feed next time instead of skipping its items; a failed article is retried on its
/// own schedule even when its feed has not changed since. An item whose failure could not be stored at all (its
/// row is more than storage holds) keeps the checkpoint back, so the feed is read again and the item is not lost.
/// </summary>
public sealed class NewsroomCollector(
    NewsroomClient client,
    DocumentIntake intake,
    RawArchive archive,
    CheckpointStore checkpoints,
    CompanyCatalog catalog,
    CompanyStore companies,
    RunStore runs,
    IOptions<NewsroomOptions> options,
    TimeProvider time)
{
    public const string Source = "newsroom";
    private const string Feed = "newsroom-feed";

    public async Task<SourceSummary> CollectAsync(IReadOnlyCollection<string>? tickers, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var summary = new SourceSummary(Source);
        await companies.RefreshAsync(cancellationToken);
        foreach (var company in catalog.Companies.Where(c => tickers is null || tickers.Count == 0 || tickers.Contains(c.Ticker, StringComparer.OrdinalIgnoreCase)))
        {
            var documents = await intake.LoadAsync(company.Ticker, cancellationToken);
            // The articles this run has dealt with, so a retry never repeats one its feed just listed.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var feedUrl in company.NewsroomFeeds)
            {
                progress?.Report($"Newsroom {company.Ticker}: {feedUrl}");
                var (items, checkpoint) = await ReadFeedAsync(company, new Uri(feedUrl), documents, summary, cancellationToken);
                var settled = true;
                foreach (var item in items)
                {
                    settled &= await CollectArticleAsync(company, item, documents, seen, summary, cancellationToken);
                }

                if (checkpoint is not null && settled)
                {
                    await checkpoints.SaveAsync(checkpoint, cancellationToken);
                }
            }

            await RetryFailedArticlesAsync(company, documents, seen, summary, cancellationToken);
        }

        await runs.RecordAsync(summary, cancellationToken);
        return summary;
    }

    /// <summary>The feed's items worth fetching, and the checkpoint to save once they have been dealt with.</summary>
    private async Task<(IReadOnlyList<Facts.FeedItem> Items, CheckpointRecord? Checkpoint)> ReadFeedAsync(Company company, Uri feedUrl, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"feed:{feedUrl.AbsoluteUri}");
        var checkpointKey = $"{company.Ticker}:{feedUrl.AbsoluteUri}";
        var row = documents.GetValueOrDefault(key);
        if (row is not null && !intake.IsDue(row) && row.Status == DocumentStatus.Failed)
        {
            summary.AddDeferred();
            return ([], null);
        }

        var checkpoint = await checkpoints.GetAsync(Feed, checkpointKey, cancellationToken);
        summary.AddRequest();
        var fetched = await client.FetchFeedAsync(feedUrl, checkpoint is null ? Validators.None : new Validators(checkpoint.ValidatorETag, checkpoint.LastModified), cancellationToken);
        if (fetched.IsNotModified || (fetched.IsOk && RawArchive.Hash(fetched.Body) == checkpoint?.Sha256))
        {
            summary.AddUnchanged();
            return ([], null);
        }

        IReadOnlyList<Facts.FeedItem> items;
        try
        {
            items = fetched.IsOk ? FeedParser.Parse(new MemoryStream(fetched.Body!), feedUrl) : throw new FormatException(fetched.Error ?? $"HTTP {(int)fetched.Status}");
        }
        catch (FormatException ex)
        {
            row ??= NewRow(company, key, "newsroom-feed", feedUrl);
            await intake.RecordFailureAsync(row, ex.Message, options.Value.RetryFailedAfter, cancellationToken);
            summary.AddFailure($"{company.Ticker} feed {feedUrl}: {ex.Message}");
            return ([], null);
        }

        var now = time.GetUtcNow();
        var sha = RawArchive.Hash(fetched.Body);
        var blobName = RawArchive.BlobNameFor(Source, sha);
        await archive.PutAsync(blobName, fetched.Body!, feedUrl, fetched.ContentType, now, cancellationToken);
        var next = new CheckpointRecord { PartitionKey = Feed, RowKey = TableKeys.Escape(checkpointKey), ValidatorETag = fetched.ETag, LastModified = fetched.LastModified, BlobName = blobName, Sha256 = sha, LastSuccess = now, LastChange = now };
        var since = options.Value.Since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var wanted = items
            .Where(i => i.Published is null || i.Published >= since)
            .OrderByDescending(i => i.Published)
            .Take(options.Value.MaxArticlesPerFeed)
            .ToList();
        return (wanted, next);
    }

    /// <summary>
    /// Articles that failed on an earlier run are fetched again when their retry time comes, whether or not their feed
    /// changed since (an unchanged feed is not re-read, so its items would otherwise never come round again).
    /// </summary>
    private async Task RetryFailedArticlesAsync(Company company, Dictionary<string, DocumentRecord> documents, HashSet<string> seen, SourceSummary summary, CancellationToken cancellationToken)
    {
        var failed = documents.Values
            .Where(r => r.Kind == Storage.DocumentKinds.NewsroomArticle && r.Status == DocumentStatus.Failed && !seen.Contains(r.RowKey))
            .ToList();
        foreach (var row in failed)
        {
            var published = row.FilingDate is { } day ? new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc)) : (DateTimeOffset?)null;
            await CollectArticleAsync(company, new Facts.FeedItem(row.RowKey, "", new Uri(row.Url), published), documents, seen, summary, cancellationToken);
        }
    }

    /// <summary>Fetches one article if due; false only when neither it nor its failure could be stored.</summary>
    private async Task<bool> CollectArticleAsync(Company company, Facts.FeedItem item, Dictionary<string, DocumentRecord> documents, HashSet<string> seen, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"article:{item.Link.AbsoluteUri}");
        var existing = documents.GetValueOrDefault(key);
        // Two items of one run (or a retry and its feed) may name the same article: it is fetched once.
        if (!seen.Add(key) || !intake.ShouldFetch(existing, summary))
        {
            return true;
        }

        var row = existing ?? NewRow(company, key, Storage.DocumentKinds.NewsroomArticle, item.Link);
        row.FilingDate = item.Published?.UtcDateTime.Date is { } day ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null;
        var label = $"{company.Ticker} article {item.Link}";
        summary.AddRequest();
        var fetched = DocumentValidation.Check(Storage.DocumentKinds.NewsroomArticle, null, await client.FetchArticleAsync(item.Link, cancellationToken));
        try
        {
            if (fetched.IsOk)
            {
                await intake.AcceptAsync(row, fetched, Source, cancellationToken);
                summary.AddNewDocument();
                summary.SawDocument(item.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null);
                return true;
            }

            var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
            await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
            summary.AddFailure($"{label}: {error}");
            return true;
        }
        catch (Azure.RequestFailedException ex) when (DocumentIntake.IsCausedByItem(ex))
        {
            return await intake.RecordRejectionAsync(row, ex, options.Value.RetryFailedAfter, summary, label, cancellationToken);
        }
    }

    private static DocumentRecord NewRow(Company company, string key, string kind, Uri url) => new()
    {
        PartitionKey = company.Ticker,
        RowKey = key,
        Ticker = company.Ticker,
        Kind = kind,
        Url = url.AbsoluteUri,
    };
}
