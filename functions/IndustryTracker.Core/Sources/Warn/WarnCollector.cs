using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// What is new in the WARN publications: each state's Big Local News export and California's EDD report, fetched
/// conditionally; a changed file is archived whole and queued (notices are parsed and matched in normalization).
/// </summary>
public sealed class WarnCollector(WarnClient client, Companies.CompanyStore companies, DocumentIntake intake, ConditionalFeed feed, RunStore runs, IOptions<WarnOptions> options, IOptions<WorkbookLimits> workbook)
{
    public const string Source = "warn";

    /// <summary>WARN files are not one company's: their registry rows live in a partition of their own.</summary>
    public const string Partition = "_warn";

    public async Task<SourceSummary> CollectAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var summary = new SourceSummary(Source);
        // The employer matcher follows the catalog: names of companies added by ticker match from this run on.
        await companies.RefreshAsync(cancellationToken);
        var o = options.Value;
        var documents = await intake.LoadAsync(Partition, cancellationToken);
        var files = o.States
            .Select(s => s.Trim().ToLowerInvariant())
            .Where(s => s.Length > 0)
            .Select(s => (Key: $"bln:{s}", Kind: DocumentKinds.WarnBlnExport, Url: o.BlnExportUrl.Replace("{state}", s, StringComparison.Ordinal), Form: s.ToUpperInvariant()))
            .ToList();
        if (!string.IsNullOrWhiteSpace(o.CaEddUrl))
        {
            files.Add(("ca-edd", DocumentKinds.WarnCaEdd, o.CaEddUrl, "CA"));
        }

        foreach (var file in files)
        {
            progress?.Report($"WARN {file.Key}");
            var row = documents.GetValueOrDefault(file.Key) ?? new DocumentRecord
            {
                PartitionKey = Partition,
                RowKey = file.Key,
                Ticker = Partition,
                Kind = file.Kind,
                Url = file.Url,
                // The state code rides in Form so the parser knows which column map applies.
                Form = file.Form,
            };
            await feed.CollectAsync(file.Kind == DocumentKinds.WarnCaEdd ? FetchWorkbookAsync : client.FetchAsync, row, "warn", Source, $"WARN {file.Key}", o.RetryFailedAfter, summary, cancellationToken);
        }

        await runs.RecordAsync(summary, cancellationToken);
        return summary;
    }

    /// <summary>
    /// The EDD workbook, refused before it is archived when it would inflate past the workbook limits: a failed fetch
    /// with the reason, retried later, never a document that costs the normalizer its memory.
    /// </summary>
    private async Task<Fetching.FetchResult> FetchWorkbookAsync(Uri url, Fetching.Validators validators, CancellationToken cancellationToken)
    {
        var fetched = await client.FetchAsync(url, validators, cancellationToken);
        if (!fetched.IsOk || fetched.Body is not [0x50, 0x4B, 0x03, 0x04, ..] body)
        {
            // Not a ZIP at all: the XLSX validator names that (and a block page's media type) in its own words.
            return fetched;
        }

        using var stream = new MemoryStream(body, writable: false);
        return workbook.Value.Problem(stream) is { } problem
            ? fetched with { Body = null, Error = $"rejected {DocumentKinds.WarnCaEdd}: {problem}" }
            : fetched;
    }
}
