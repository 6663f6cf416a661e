using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Pipeline;

/// <summary>Rebuilds one company's benchmark rows from its facts. Touches only that company's partitions.</summary>
public sealed class Recomputer(FactReader facts, BenchmarkStore benchmarks, LayoffStore layoffs, VersionStore versions, CompanyCatalog catalog, Statements.EditorStatementStore editors, CompanyStore companies, ILogger<Recomputer> logger)
{
    public Task<int> HandleAsync(string message, CancellationToken cancellationToken) =>
        RecomputeAsync(RecomputeWorkItem.FromJson(message).Ticker, cancellationToken);

    public async Task<int> RecomputeAsync(string ticker, CancellationToken cancellationToken)
    {
        // A company removed from the companies file keeps its facts but gets no new rows.
        var company = catalog.Find(ticker);
        if (company is null)
        {
            // Added by ticker on another machine since this one last read the table?
            await companies.RefreshAsync(cancellationToken);
            company = catalog.Find(ticker);
        }

        if (company is null)
        {
            return 0;
        }

        var headcount = await facts.HeadcountAsync(company.Ticker, cancellationToken);
        var financials = await facts.FinancialsAsync(company.Ticker, cancellationToken);
        // Editor statements are reconciled with the parsed ones, labelled as what they are (kind "editor").
        var statements = (await facts.StatementsAsync(company.Ticker, cancellationToken)).Select(s => s.ToEvidence())
            .Concat((await editors.ListAsync(company.Ticker, cancellationToken)).Select(e => e.ToEvidence()));
        var warnRows = await facts.WarnAsync(company.Ticker, cancellationToken);
        var events = LayoffReconciler.Reconcile(company.Ticker, statements, warnRows.Select(w => w.ToEvidence()), company);
        await layoffs.ReplaceAsync(company.Ticker, events, cancellationToken);
        var rows = BenchmarkCalculator.Calculate(company, headcount, financials, events);
        await benchmarks.ReplaceAsync(company.Ticker, rows, cancellationToken);

        // Everything the API serves for this company, hashed: its responses' ETags change exactly when this does.
        var json = BenchmarkStore.Json;
        await versions.SetAsync(company.Ticker, VersionStore.HashOf(
            rows.Select(r => System.Text.Json.JsonSerializer.Serialize(r, json))
                .Concat(events.Select(e => System.Text.Json.JsonSerializer.Serialize(e, json)))
                .Concat(headcount.Select(h => System.Text.Json.JsonSerializer.Serialize(Api.HeadcountView.From(h), json)))
                .Concat(financials.Select(f => System.Text.Json.JsonSerializer.Serialize(Api.FinancialView.From(f), json)))
                .Concat(warnRows.Select(w => System.Text.Json.JsonSerializer.Serialize(Api.WarnView.From(w), json)))), cancellationToken);
        PipelineLog.Recomputed(logger, company.Ticker, rows.Count);
        return rows.Count;
    }
}
