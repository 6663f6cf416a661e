using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The HTTP API's handlers, defined once: the function app's triggers and the CLI's local server both call
/// these, so the two never drift. Handlers read precomputed rows; they never parse or fetch.
/// </summary>
public sealed class TrackerApi(CompanyCatalog catalog, BenchmarkStore benchmarks, FactReader facts, HealthCheck health)
{
    public IResult Companies() => TypedResults.Ok(catalog.Companies.Select(c => new
    {
        c.Ticker,
        c.Cik,
        c.Name,
        c.FiscalYearEnd,
        c.Aliases,
    }));

    public async Task<IResult> Benchmarks(string? companies, string? from, string? to, string? format, CancellationToken cancellationToken)
    {
        // Each check runs and reports in parameter order; the first problem found is answered.
        var problems = new[]
        {
            ApiQuery.Companies(catalog, companies, out var picked),
            ApiQuery.Year("from", from, out var fromYear),
            ApiQuery.Year("to", to, out var toYear),
            ApiQuery.Format(format, out var csv),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return problem;
        }

        if (fromYear > toYear)
        {
            return ApiProblems.BadParameter("from", $"from ({fromYear}) is after to ({toYear}).");
        }

        var rows = await benchmarks.QueryAsync(picked.Select(c => c.Ticker), fromYear, toYear, cancellationToken);
        return csv
            ? TypedResults.File(BenchmarkCsv.Write(rows), "text/csv; charset=utf-8", "benchmarks.csv")
            : TypedResults.Ok(rows);
    }

    public async Task<IResult> Headcount(string ticker, CancellationToken cancellationToken)
    {
        if (catalog.Find(ticker) is not { } company)
        {
            return ApiProblems.BadParameter("ticker", $"Unknown ticker. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}.");
        }

        var rows = await facts.HeadcountAsync(company.Ticker, cancellationToken);
        return TypedResults.Ok(rows.Select(HeadcountView.From).OrderBy(v => v.AsOf, StringComparer.Ordinal));
    }

    public async Task<IResult> Financials(string ticker, CancellationToken cancellationToken)
    {
        if (catalog.Find(ticker) is not { } company)
        {
            return ApiProblems.BadParameter("ticker", $"Unknown ticker. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}.");
        }

        var rows = await facts.FinancialsAsync(company.Ticker, cancellationToken);
        return TypedResults.Ok(rows.Select(FinancialView.From).OrderBy(v => v.Metric, StringComparer.Ordinal).ThenBy(v => v.PeriodEnd, StringComparer.Ordinal));
    }

    public async Task<IResult> Health(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return report.StorageReachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
