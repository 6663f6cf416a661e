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
/// </summary>
public sealed class NewsroomCollector(
    NewsroomClient client,
    DocumentIntake intake,
    RawArchive archive,
    CheckpointStore checkpoints,
    CompanyCatalog catalog,
    RunStore runs,
    IOptions<NewsroomOptions> options,
    TimeProvider time)
{
    public const string Source = "newsroom";
    private const string Feed = "newsroom-feed";

    public async Task<SourceSummary> CollectAsync(IReadOnlyCollection<string>? tickers, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var summary = new SourceSummary(Source);
        foreach (var company in catalog.Companies.Where(c => tickers is null || tickers.Count == 0 || tickers.Contains(c.Ticker, StringComparer.OrdinalIgnoreCase)))
        {
            var documents = await intake.LoadAsync(company.Ticker, cancellationToken);
            foreach (var feedUrl in company.NewsroomFeeds)
            {
                progress?.Report($"Newsroom {company.Ticker}: {feedUrl}");
                var items = await ReadFeedAsync(company, new Uri(feedUrl), documents, summary, cancellationToken);
                foreach (var item in items)
                {
                    await CollectArticleAsync(company, item, documents, summary, cancellationToken);
                }
            }
        }

        await runs.RecordAsync(summary, cancellationToken);
        return summary;
    }

    private async Task<IReadOnlyList<Facts.FeedItem>> ReadFeedAsync(Company company, Uri feedUrl, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"feed:{feedUrl.AbsoluteUri}");
        var checkpointKey = $"{company.Ticker}:{feedUrl.AbsoluteUri}";
        var row = documents.GetValueOrDefault(key);
        if (row is not null && !intake.IsDue(row) && row.Status == DocumentStatus.Failed)
        {
            summary.AddDeferred();
            return [];
        }

        var checkpoint = await checkpoints.GetAsync(Feed, checkpointKey, cancellationToken);
        summary.AddRequest();
        var fetched = await client.FetchAsync(feedUrl, checkpoint is null ? Validators.None : new Validators(checkpoint.ValidatorETag, checkpoint.LastModified), cancellationToken);
        if (fetched.IsNotModified || (fetched.IsOk && RawArchive.Hash(fetched.Body) == checkpoint?.Sha256))
        {
            summary.AddUnchanged();
            return [];
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
            return [];
        }

        var now = time.GetUtcNow();
        var sha = RawArchive.Hash(fetched.Body);
        var blobName = RawArchive.BlobNameFor(Source, sha);
        await archive.PutAsync(blobName, fetched.Body!, feedUrl, fetched.ContentType, now, cancellationToken);
        await checkpoints.SaveAsync(
            new CheckpointRecord { PartitionKey = Feed, RowKey = TableKeys.Escape(checkpointKey), ValidatorETag = fetched.ETag, LastModified = fetched.LastModified, BlobName = blobName, Sha256 = sha, LastSuccess = now, LastChange = now },
            cancellationToken);
        var since = options.Value.Since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return items
            .Where(i => i.Published is null || i.Published >= since)
            .OrderByDescending(i => i.Published)
            .Take(options.Value.MaxArticlesPerFeed)
            .ToList();
    }

    private async Task CollectArticleAsync(Company company, Facts.FeedItem item, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"article:{item.Link.AbsoluteUri}");
        var existing = documents.GetValueOrDefault(key);
        if (!intake.ShouldFetch(existing, summary))
        {
            return;
        }

        var row = existing ?? NewRow(company, key, Storage.DocumentKinds.NewsroomArticle, item.Link);
        row.FilingDate = item.Published?.UtcDateTime.Date is { } day ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null;
        summary.AddRequest();
        var fetched = DocumentValidation.Check(Storage.DocumentKinds.NewsroomArticle, null, await client.FetchAsync(item.Link, Validators.None, cancellationToken));
        if (fetched.IsOk)
        {
            await intake.AcceptAsync(row, fetched, Source, cancellationToken);
            summary.AddNewDocument();
            summary.SawDocument(item.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null);
            return;
        }

        var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
        await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
        summary.AddFailure($"{company.Ticker} article {item.Link}: {error}");
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
