using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The HTTP API's handlers, defined once: the function app's triggers and the CLI's local server both call
/// these, so the two never drift. Handlers read precomputed rows; they never parse or fetch.
/// </summary>
public sealed class TrackerApi(CompanyCatalog catalog, BenchmarkStore benchmarks, FactReader facts, LayoffStore layoffs, WarnStore warn, HealthCheck health)
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

    public async Task<IResult> Layoffs(string? companies, string? from, string? to, string? format, CancellationToken cancellationToken)
    {
        var problems = new[]
        {
            ApiQuery.Companies(catalog, companies, out var picked),
            ApiQuery.Date("from", from, endOfRange: false, out var fromDate),
            ApiQuery.Date("to", to, endOfRange: true, out var toDate),
            ApiQuery.Format(format, out var csv),
        };
        if ((problems.FirstOrDefault(p => p is not null) ?? ApiQuery.Range("from", fromDate, toDate)) is { } problem)
        {
            return problem;
        }

        var events = await layoffs.QueryAsync(picked.Select(c => c.Ticker), fromDate, toDate, cancellationToken);
        return csv ? TypedResults.File(LayoffCsv.Write(events), "text/csv; charset=utf-8", "layoffs.csv") : TypedResults.Ok(events);
    }

    public Task<IResult> CompanyLayoffs(string ticker, CancellationToken cancellationToken) =>
        catalog.Find(ticker) is { } company
            ? Layoffs(company.Ticker, null, null, null, cancellationToken)
            : Task.FromResult<IResult>(ApiProblems.BadParameter("ticker", $"Unknown ticker. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}."));

    public async Task<IResult> Warn(string? state, string? company, string? from, string? to, string? format, CancellationToken cancellationToken)
    {
        IReadOnlyList<Company>? one = null;
        var problems = new[]
        {
            ApiQuery.State(state, out var stateCode),
            string.IsNullOrWhiteSpace(company) ? null : ApiQuery.Companies(catalog, company, out one),
            ApiQuery.Date("from", from, endOfRange: false, out var fromDate),
            ApiQuery.Date("to", to, endOfRange: true, out var toDate),
            ApiQuery.Format(format, out var csv),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return ApiProblems.Rename(problem, "companies", "company");
        }

        if (ApiQuery.Range("from", fromDate, toDate) is { } range)
        {
            return range;
        }

        // Without a company, every notice: each tracked company's partition and the unmatched one.
        var partitions = one is null ? [.. catalog.Companies.Select(c => c.Ticker), WarnEntity.Unmatched] : one.Select(c => c.Ticker).ToList();
        var rows = await warn.QueryAsync(partitions, stateCode, fromDate, toDate, cancellationToken);
        return csv ? TypedResults.File(WarnCsv.Write(rows), "text/csv; charset=utf-8", "warn.csv") : TypedResults.Ok(rows.Select(WarnView.From));
    }

    public async Task<IResult> Health(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return report.StorageReachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
