using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Fetching.Validation;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Sec.Layoffs;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// The EX-99.1 of 8-Ks that may announce a reduction (items 2.05 exit costs, 7.01 Reg FD, 8.01 other events): CEO
/// letters are often filed there. Found through the filing index, archived and queued like any document.
/// </summary>
public sealed class SecExhibits(SecClient client, DocumentIntake intake, IOptions<SecOptions> options)
{
    public static readonly string[] Items = ["2.05", "7.01", "8.01"];

    public static bool MayAnnounceReduction(Filing filing) =>
        filing.Form.StartsWith("8-K", StringComparison.OrdinalIgnoreCase) && filing.Items.Any(i => Items.Contains(i, StringComparer.Ordinal));

    public async Task CollectAsync(Company company, Filing filing, IReadOnlyDictionary<string, DocumentRecord> documents, SourceSummary summary, CancellationToken cancellationToken)
    {
        var key = TableKeys.Escape($"exhibit:{filing.Accession}");
        var existing = documents.GetValueOrDefault(key);
        if (!intake.ShouldFetch(existing, summary))
        {
            return;
        }

        var indexUrl = FilingIndexParser.IndexUrl(options.Value.ArchivesBaseUrl, company.Cik, filing.Accession);
        var row = existing ?? filing.NewRecord(company.Ticker, key, DocumentKinds.SecExhibit, indexUrl);

        summary.AddRequest();
        var index = DocumentValidation.Check(DocumentValidation.SecFilingIndex, filing.Form, await client.FetchAsync(indexUrl, Validators.None, cancellationToken));
        if (!index.IsOk)
        {
            await FailAsync(row, company, filing, index, summary, cancellationToken);
            return;
        }

        using var page = Documents.HtmlDocuments.Parse(new MemoryStream(index.Body!));
        var exhibit = FilingIndexParser.FindExhibit(page, indexUrl);
        if (exhibit is null)
        {
            // A settled answer, not a failure: this filing has no EX-99.1, so it is never asked for again.
            row.Status = DocumentStatus.Normalized;
            row.FactsWritten = 0;
            row.Error = "the filing index lists no EX-99.1";
            await intake.SaveAsync(row, cancellationToken);
            summary.AddUnchanged();
            return;
        }

        row.Url = exhibit.AbsoluteUri;
        summary.AddRequest();
        var fetched = DocumentValidation.Check(DocumentKinds.SecExhibit, filing.Form, await client.FetchAsync(exhibit, Validators.None, cancellationToken));
        if (!fetched.IsOk)
        {
            await FailAsync(row, company, filing, fetched, summary, cancellationToken);
            return;
        }

        try
        {
            await intake.AcceptAsync(row, fetched, SecCollector.Source, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (DocumentIntake.IsCausedByItem(ex))
        {
            // The exhibit's link comes from the filing index: whatever it holds, it is this exhibit's failure alone.
            await intake.RecordRejectionAsync(row, ex, options.Value.RetryFailedAfter, summary, $"{company.Ticker} {filing.Form} {filing.Accession} exhibit", cancellationToken);
            return;
        }

        summary.AddNewDocument();
        summary.SawDocument(filing.FilingDate);
    }

    private async Task FailAsync(DocumentRecord row, Company company, Filing filing, FetchResult fetched, SourceSummary summary, CancellationToken cancellationToken)
    {
        var error = fetched.Error ?? $"HTTP {(int)fetched.Status}";
        await intake.RecordFailureAsync(row, error, options.Value.RetryFailedAfter, cancellationToken);
        summary.AddFailure($"{company.Ticker} {filing.Form} {filing.Accession} exhibit: {error}");
    }
}
