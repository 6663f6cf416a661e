using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// What is new at SEC for each company: the submissions listing (conditional), the company facts (conditional),
/// and the primary documents of the wanted filings not yet archived. Runs as one singleton (SEC's rate limit is
/// per user across machines); documents of one company are fetched a few at a time through the shared limiter.
/// </summary>
public sealed class SecCollector(
    SecClient client,
    DocumentIntake intake,
    SecFeeds feeds,
    SecExhibits exhibits,
    CompanyCatalog catalog,
    CompanyStore companies,
    RunStore runs,
    IOptions<SecOptions> options,
    ILogger<SecCollector> logger)
{
    public const string Source = "sec";

    public async Task<SourceSummary> CollectAsync(IReadOnlyCollection<string>? tickers, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var summary = new SourceSummary(Source);
        // Companies added by ticker since the last run are collected by this one.
        await companies.RefreshAsync(cancellationToken);
        foreach (var company in catalog.Companies.Where(c => tickers is null || tickers.Count == 0 || tickers.Contains(c.Ticker, StringComparer.OrdinalIgnoreCase)))
        {
            progress?.Report($"SEC {company.Ticker}: listing and company facts");
            var documents = await intake.LoadAsync(company.Ticker, cancellationToken);
            var filings = await feeds.GetListingAsync(company, documents, summary, cancellationToken);
            await feeds.CollectCompanyFactsAsync(company, documents, summary, cancellationToken);
            if (filings is null)
            {
                continue;
            }

            var wanted = Wanted(company, filings);
            SecLog.Listing(logger, company.Ticker, filings.Count, wanted.Count, options.Value.SinceFor(company));
            var done = 0;
            await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (filing, ct) =>
            {
                await CollectFilingAsync(company, filing, documents, summary, ct);
                if (SecExhibits.MayAnnounceReduction(filing))
                {
                    await exhibits.CollectAsync(company, filing, documents, summary, ct);
                }

                var n = Interlocked.Increment(ref done);
                if (n % 10 == 0 || n == wanted.Count)
                {
                    progress?.Report($"SEC {company.Ticker}: {n}/{wanted.Count} filings checked");
                }
            });
        }

        await runs.RecordAsync(summary, cancellationToken);
        return summary;
    }

    private List<Filing> Wanted(Company company, IReadOnlyList<Filing> filings)
    {
        var o = options.Value;
        var since = o.SinceFor(company);
        return filings
            .Where(f => f.FilingDate >= since && o.Forms.Contains(f.Form, StringComparer.OrdinalIgnoreCase) && f.PrimaryDocument.Length > 0)
            .ToList();
    }

    private async Task CollectFilingAsync(Company company, Filing filing, IReadOnlyDictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"filing:{filing.Accession}:{filing.PrimaryDocument}");
        documents.TryGetValue(key, out var existing);
        // Filings are immutable: once archived, never fetched again. Failed ones wait for their retry time.
        if (!intake.ShouldFetch(existing, summary))
        {
            return;
        }

        var url = filing.PrimaryDocumentUrl(options.Value.ArchivesBaseUrl, company.Cik);
        var row = existing ?? filing.NewRecord(company.Ticker, key, DocumentKinds.SecFiling, url);

        summary.AddRequest();
        var fetched = DocumentValidation.Check(DocumentKinds.SecFiling, filing.Form, await client.FetchAsync(url, Validators.None, cancellationToken));
        var label = $"{company.Ticker} {filing.Form} {filing.Accession}";
        try
        {
            if (fetched.IsOk)
            {
                var blobName = await intake.AcceptAsync(row, fetched, Source, cancellationToken);
                summary.AddNewDocument();
                summary.SawDocument(filing.FilingDate);
                SecLog.Archived(logger, company.Ticker, url, blobName);
                return;
            }

            var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
            var next = await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
            summary.AddFailure($"{label}: {error}");
            SecLog.FetchFailed(logger, company.Ticker, url, error, row.FetchAttempts, next);
        }
        catch (Azure.RequestFailedException ex) when (DocumentIntake.IsCausedByItem(ex))
        {
            await intake.RecordRejectionAsync(row, ex, options.Value.RetryFailedAfter, summary, label, cancellationToken);
        }
    }
}
