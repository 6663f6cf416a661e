using Azure.Data.Tables;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// Handles one normalize work item: archived bytes → pure parser → idempotent fact writes → recompute request.
/// A parse failure is recorded on the document and rethrown, so the host retries and finally poisons the message;
/// on the last attempt the document is marked quarantined with the reason. Figures that fail the plausibility rules
/// are kept out of the facts and recorded on the document, whose status becomes "normalized with rejections".
/// </summary>
public sealed class Normalizer(TrackerStorage storage, RawArchive archive, WarnStore warn, VersionStore versions, EmployerMatcher matcher, IOptions<WorkbookLimits> workbook, TimeProvider time, ILogger<Normalizer> logger)
{
    public async Task<int> HandleAsync(string message, long dequeueCount, CancellationToken cancellationToken)
    {
        var item = NormalizeWorkItem.FromJson(message);
        var content = await archive.GetAsync(item.BlobName, cancellationToken);
        ParsedDocument parsed;
        try
        {
            if (content.ToMemory().Length > storage.MaxDocumentBytes)
            {
                throw new FormatException($"The document is {content.ToMemory().Length / (1024 * 1024)} MB, over the {storage.MaxDocumentBytes / (1024 * 1024)} MB limit (MaxDocumentMegabytes).");
            }

            parsed = DocumentParsers.Parse(item, content, matcher, workbook.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordParseFailureAsync(item, ex, dequeueCount, cancellationToken);
            throw;
        }

        parsed = await ScreenAsync(item, parsed, cancellationToken);
        parsed = await CitePrimaryDocumentsAsync(item, parsed, cancellationToken);
        await StoreAsync(item, parsed, cancellationToken);
        PipelineLog.Normalized(logger, item.Kind, item.Url, parsed.Headcount.Count, parsed.Financials.Count);
        return parsed.Count;
    }

    /// <summary>
    /// The storage half of a work item: writes a parsed document's facts, marks the document normalized and asks for
    /// the recompute of every company it changed. Public so the benchmark can time it apart from the parse.
    /// </summary>
    public async Task StoreAsync(NormalizeWorkItem item, ParsedDocument parsed, CancellationToken cancellationToken)
    {
        // The writes touch different tables and partitions and are each idempotent, so they go out together: a work
        // item costs the latency of its slowest write rather than the sum of all of them. A failure of any fails the
        // item, and the redelivered item writes the same rows again.
        var writes = new List<Task>();
        if (parsed.Tables.HasFlag(FactTables.Headcount))
        {
            writes.Add(FactStore.ReplaceDocumentFactsAsync(storage.Headcount, item.Ticker, item.DocumentKey, parsed.Headcount.Select(HeadcountEntity.From).ToList(), cancellationToken));
        }

        if (parsed.Tables.HasFlag(FactTables.Financials))
        {
            writes.Add(FactStore.ReplaceDocumentFactsAsync(storage.Financials, item.Ticker, item.DocumentKey, parsed.Financials.Select(FinancialEntity.From).ToList(), cancellationToken));
        }

        if (parsed.Tables.HasFlag(FactTables.Statements))
        {
            writes.Add(FactStore.ReplaceDocumentFactsAsync(storage.Statements, item.Ticker, item.DocumentKey, parsed.Statements.Select(StatementEntity.From).ToList(), cancellationToken));
        }

        writes.Add(warn.WriteAsync(parsed.Warn.Select(n => WarnEntity.From(n.Notice, n.Match, item.Url, item.DocumentKey)), cancellationToken));
        if (parsed.Warn.Any(n => n.Match is null))
        {
            // Unmatched notices belong to no company's recompute: their partition's version is the file that wrote them.
            writes.Add(versions.SetAsync(WarnEntity.Unmatched, VersionStore.HashOf([item.DocumentKey, item.Sha256]), cancellationToken));
        }

        await Task.WhenAll(writes);

        // A company's document changes that company; a WARN file changes every company it names. The document is marked
        // normalized alongside: if either fails, the redelivered item normalizes again and asks again.
        var tickers = parsed.Warn.Count > 0 ? parsed.Warn.Where(n => n.Match is not null).Select(n => n.Match!.Ticker).Distinct() : [item.Ticker];
        await Task.WhenAll([
            MarkAsync(item, parsed.Rejections.Count > 0 ? DocumentStatus.NormalizedWithRejections : DocumentStatus.Normalized, error: null, parsed.Count, cancellationToken, parsed.Rejections),
            .. tickers.Select(ticker => storage.Recompute.SendMessageAsync(new RecomputeWorkItem(ticker).ToJson(), cancellationToken)),
        ]);
    }

    /// <summary>
    /// Applies the plausibility rules that need today's date and the company's headcount. The stored headcount is read
    /// only when the document states a reduction count, which few documents do, so most work items cost no extra read.
    /// </summary>
    /// <summary>
    /// A company-facts value cites its filing's index page (all the pure parser can know). Where that filing's primary
    /// document is registered — the 10-K or 10-Q the SEC collector archived — the value cites that document instead,
    /// the page a reader opens to find the figure. One partition read per company-facts file, none for anything else.
    /// </summary>
    private async Task<ParsedDocument> CitePrimaryDocumentsAsync(NormalizeWorkItem item, ParsedDocument parsed, CancellationToken cancellationToken)
    {
        if (item.Kind != DocumentKinds.SecCompanyFacts || parsed.Financials.Count == 0)
        {
            return parsed;
        }

        var primary = new Dictionary<string, (string Url, string? Form)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter<DocumentRecord>(d => d.PartitionKey == item.Ticker && d.Kind == DocumentKinds.SecFiling);
        await foreach (var filing in storage.Documents.QueryAsync<DocumentRecord>(filter, select: [nameof(DocumentRecord.Accession), nameof(DocumentRecord.Url), nameof(DocumentRecord.Form)], cancellationToken: cancellationToken))
        {
            if (filing.Accession is { Length: > 0 } accession)
            {
                primary[accession] = (filing.Url, filing.Form);
            }
        }

        return primary.Count == 0 ? parsed : parsed with
        {
            Financials = parsed.Financials
                .Select(f => f.Value.Accession is { } accession && primary.TryGetValue(accession, out var document)
                    ? f with { Source = f.Source with { Url = document.Url } }
                    : f)
                .ToList(),
        };
    }

    private async Task<ParsedDocument> ScreenAsync(NormalizeWorkItem item, ParsedDocument parsed, CancellationToken cancellationToken)
    {
        long? stored = null;
        if (parsed.Statements.Any(s => s.Statement.Count is not null))
        {
            var filter = TableClient.CreateQueryFilter<HeadcountEntity>(h => h.PartitionKey == item.Ticker);
            await foreach (var row in storage.Headcount.QueryAsync<HeadcountEntity>(filter, select: [nameof(HeadcountEntity.Employees)], cancellationToken: cancellationToken))
            {
                stored = Math.Max(stored ?? 0, row.Employees);
            }
        }

        var screened = Plausibility.Screen(parsed, stored, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (screened.Rejections.Count > 0)
        {
            PipelineLog.Rejected(logger, item.Url, screened.Rejections.Count, screened.Rejections[0].Reason);
        }

        return screened;
    }

    private async Task RecordParseFailureAsync(NormalizeWorkItem item, Exception ex, long dequeueCount, CancellationToken cancellationToken)
    {
        var reason = $"{ex.GetType().Name}: {ex.Message}";
        var last = dequeueCount >= storage.MaxDequeueCount;
        await MarkAsync(item, last ? DocumentStatus.Quarantined : DocumentStatus.Archived, reason, facts: null, cancellationToken);
        if (last)
        {
            PipelineLog.Quarantined(logger, item.Url, reason);
        }
        else
        {
            PipelineLog.NormalizeFailed(logger, item.Url, dequeueCount, storage.MaxDequeueCount, reason);
        }
    }

    private async Task MarkAsync(NormalizeWorkItem item, string status, string? error, int? facts, CancellationToken cancellationToken, IReadOnlyList<Rejection>? rejections = null)
    {
        var row = new TableEntity(item.Ticker, item.DocumentKey)
        {
            [nameof(DocumentRecord.Status)] = status,
            [nameof(DocumentRecord.Error)] = error ?? "",
            [nameof(DocumentRecord.FactsWritten)] = facts,
        };
        if (status is DocumentStatus.Normalized or DocumentStatus.NormalizedWithRejections)
        {
            row[nameof(DocumentRecord.NormalizedAt)] = time.GetUtcNow();

            // Written (empty) on a clean parse too, so a reprocessed document loses rejections it no longer has.
            row[nameof(DocumentRecord.RejectionCount)] = rejections?.Count ?? 0;
            row[nameof(DocumentRecord.Rejections)] = RejectionText.Format(rejections ?? []);
        }

        await storage.Documents.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }
}
