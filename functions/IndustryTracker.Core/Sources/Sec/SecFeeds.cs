using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// SEC's two per-company JSON feeds, fetched conditionally against a checkpoint: the submissions listing
/// (archived, read by the collector) and the company facts (archived and queued for normalization).
/// An unchanged feed costs one request and no writes.
/// </summary>
public sealed class SecFeeds(
    SecClient client,
    DocumentIntake intake,
    RawArchive archive,
    CheckpointStore checkpoints,
    ConditionalFeed companyFacts,
    IOptions<SecOptions> options,
    TimeProvider time,
    ILogger<SecFeeds> logger)
{
    private const string SubmissionsFeed = "sec-submissions";
    private const string CompanyFactsFeed = "sec-companyfacts";
    private const string SubmissionsPageFeed = "sec-submissions-page";

    /// <summary>The company's filings, or null when no listing could be had.</summary>
    public async Task<IReadOnlyList<Filing>?> GetListingAsync(Company company, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var url = new Uri(options.Value.DataBaseUrl, $"submissions/CIK{company.PaddedCik}.json");
        var checkpoint = await checkpoints.GetAsync(SubmissionsFeed, company.Ticker, cancellationToken);
        summary.AddRequest();
        var fetched = DocumentValidation.Check(DocumentKinds.SecSubmissions, null, await client.FetchCompanyDataAsync(url, ValidatorsOf(checkpoint), cancellationToken));
        byte[]? listing = null;
        if (fetched.IsNotModified && checkpoint?.BlobName is { } blobName)
        {
            summary.AddUnchanged();
            SecLog.NotModified(logger, company.Ticker, url);
            listing = (await archive.GetAsync(blobName, cancellationToken)).ToArray();
        }
        else if (fetched.IsOk)
        {
            listing = fetched.Body!;
            var sha = RawArchive.Hash(listing);
            if (sha == checkpoint?.Sha256)
            {
                summary.AddUnchanged();
            }
            else
            {
                var name = RawArchive.BlobNameFor(SecCollector.Source, sha);
                await archive.PutAsync(name, listing, url, fetched.ContentType, time.GetUtcNow(), cancellationToken);
                await SaveCheckpointAsync(SubmissionsFeed, TableKeys.Escape(company.Ticker), checkpoint, fetched, name, sha, cancellationToken);
            }
        }
        else
        {
            await RecordFailureAsync(company, documents, "submissions", DocumentKinds.SecSubmissions, url, fetched, summary, cancellationToken);
            return null;
        }

        IReadOnlyList<Filing> recent;
        IReadOnlyList<SubmissionsPage> pages;
        try
        {
            recent = SubmissionsParser.Parse(listing);
            pages = SubmissionsParser.Pages(listing);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            var failed = fetched with { Error = $"unreadable listing: {ex.Message}" };
            await RecordFailureAsync(company, documents, "submissions", DocumentKinds.SecSubmissions, url, failed, summary, cancellationToken);
            return null;
        }

        // Older filings than "recent" holds (a large filer's recent list reaches back only a few years): the extra
        // pages whose filings reach the company's start date.
        var since = options.Value.SinceFor(company);
        var history = new List<Filing>(recent);
        foreach (var page in pages.Where(p => p.FilingTo is null || p.FilingTo >= since))
        {
            history.AddRange(await GetPageAsync(company, page, documents, summary, cancellationToken));
        }

        return history;
    }

    /// <summary>
    /// One extra page of the listing. Resumable and fetched once: a page read is archived and checkpointed, so a later
    /// run (or a run stopped part-way through a backfill) reads it from the archive without a request; a failed page
    /// is recorded like a failed document and retried on the same schedule.
    /// </summary>
    private async Task<IReadOnlyList<Filing>> GetPageAsync(Company company, SubmissionsPage page, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"submissions:{page.Name}");
        var checkpoint = await checkpoints.GetAsync(SubmissionsPageFeed, key, cancellationToken);
        if (checkpoint?.BlobName is { } archived)
        {
            return SubmissionsParser.ParsePage((await archive.GetAsync(archived, cancellationToken)).ToArray());
        }

        documents.TryGetValue(key, out var row);
        if (!intake.ShouldFetch(row, summary))
        {
            return [];
        }

        var url = new Uri(options.Value.DataBaseUrl, $"submissions/{Uri.EscapeDataString(page.Name)}");
        summary.AddRequest();
        var fetched = DocumentValidation.Check(DocumentValidation.SecSubmissionsPage, null, await client.FetchCompanyDataAsync(url, Validators.None, cancellationToken));
        if (fetched.IsOk)
        {
            try
            {
                var filings = SubmissionsParser.ParsePage(fetched.Body!);
                var sha = RawArchive.Hash(fetched.Body!);
                var name = RawArchive.BlobNameFor(SecCollector.Source, sha);
                await archive.PutAsync(name, fetched.Body!, url, fetched.ContentType, time.GetUtcNow(), cancellationToken);
                await SaveCheckpointAsync(SubmissionsPageFeed, key, null, fetched, name, sha, cancellationToken);
                SecLog.HistoryPage(logger, company.Ticker, page.Name, filings.Count);
                return filings;
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
            {
                fetched = fetched with { Error = $"unreadable listing page: {ex.Message}" };
            }
        }

        await RecordFailureAsync(company, documents, key, DocumentKinds.SecSubmissions, url, fetched, summary, cancellationToken, $"listing page {page.Name}");
        return [];
    }

    public Task CollectCompanyFactsAsync(Company company, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        const string key = "companyfacts";
        var url = new Uri(options.Value.DataBaseUrl, $"api/xbrl/companyfacts/CIK{company.PaddedCik}.json");
        var row = documents.GetValueOrDefault(key) ?? NewRow(company, key, DocumentKinds.SecCompanyFacts, url);
        return companyFacts.CollectAsync(client.FetchCompanyDataAsync, row, CompanyFactsFeed, SecCollector.Source, $"{company.Ticker} {DocumentKinds.SecCompanyFacts}", options.Value.RetryFailedAfter, summary, cancellationToken);
    }

    /// <param name="what">How the summary names the document; its kind when not given.</param>
    private async Task RecordFailureAsync(Company company, Dictionary<string, DocumentRecord> documents, string key, string kind, Uri url, FetchResult fetched, SourceSummary summary, CancellationToken cancellationToken, string? what = null)
    {
        var row = documents.GetValueOrDefault(key) ?? NewRow(company, key, kind, url);
        var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
        var next = await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
        summary.AddFailure($"{company.Ticker} {what ?? kind}: {error}");
        SecLog.FetchFailed(logger, company.Ticker, url, error, row.FetchAttempts, next);
    }

    private async Task SaveCheckpointAsync(string feed, string rowKey, CheckpointRecord? checkpoint, FetchResult fetched, string blobName, string sha, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        checkpoint ??= new CheckpointRecord { PartitionKey = feed, RowKey = rowKey };
        checkpoint.ValidatorETag = fetched.ETag;
        checkpoint.LastModified = fetched.LastModified;
        checkpoint.BlobName = blobName;
        checkpoint.Sha256 = sha;
        checkpoint.LastSuccess = now;
        checkpoint.LastChange = now;
        await checkpoints.SaveAsync(checkpoint, cancellationToken);
    }

    private static Validators ValidatorsOf(CheckpointRecord? checkpoint) =>
        checkpoint is null ? Validators.None : new Validators(checkpoint.ValidatorETag, checkpoint.LastModified);

    private static DocumentRecord NewRow(Company company, string key, string kind, Uri url) => new()
    {
        PartitionKey = company.Ticker,
        RowKey = key,
        Ticker = company.Ticker,
        Kind = kind,
        Url = url.AbsoluteUri,
    };
}
