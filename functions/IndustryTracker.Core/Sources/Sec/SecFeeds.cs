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
                await SaveCheckpointAsync(SubmissionsFeed, company, checkpoint, fetched, name, sha, cancellationToken);
            }
        }
        else
        {
            await RecordFailureAsync(company, documents, "submissions", DocumentKinds.SecSubmissions, url, fetched, summary, cancellationToken);
            return null;
        }

        try
        {
            return SubmissionsParser.Parse(listing);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            var failed = fetched with { Error = $"unreadable listing: {ex.Message}" };
            await RecordFailureAsync(company, documents, "submissions", DocumentKinds.SecSubmissions, url, failed, summary, cancellationToken);
            return null;
        }
    }

    public Task CollectCompanyFactsAsync(Company company, Dictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        const string key = "companyfacts";
        var url = new Uri(options.Value.DataBaseUrl, $"api/xbrl/companyfacts/CIK{company.PaddedCik}.json");
        var row = documents.GetValueOrDefault(key) ?? NewRow(company, key, DocumentKinds.SecCompanyFacts, url);
        return companyFacts.CollectAsync(client.FetchCompanyDataAsync, row, CompanyFactsFeed, SecCollector.Source, $"{company.Ticker} {DocumentKinds.SecCompanyFacts}", options.Value.RetryFailedAfter, summary, cancellationToken);
    }

    private async Task RecordFailureAsync(Company company, Dictionary<string, DocumentRecord> documents, string key, string kind, Uri url, FetchResult fetched, SourceSummary summary, CancellationToken cancellationToken)
    {
        var row = documents.GetValueOrDefault(key) ?? NewRow(company, key, kind, url);
        var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
        var next = await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
        summary.AddFailure($"{company.Ticker} {kind}: {error}");
        SecLog.FetchFailed(logger, company.Ticker, url, error, row.FetchAttempts, next);
    }

    private async Task SaveCheckpointAsync(string feed, Company company, CheckpointRecord? checkpoint, FetchResult fetched, string blobName, string sha, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        checkpoint ??= new CheckpointRecord { PartitionKey = feed, RowKey = TableKeys.Escape(company.Ticker) };
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
