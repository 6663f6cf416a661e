using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Comparisons;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.AspNetCore.Http;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The HTTP API's handlers, defined once: the function app's triggers and the CLI's local server both call
/// these, so the two never drift. Handlers read precomputed rows; they never parse or fetch.
/// </summary>
public sealed class TrackerApi(CompanyCatalog catalog, BenchmarkStore benchmarks, ComparisonService comparisons, FactReader facts, LayoffStore layoffs, WarnStore warn, HealthCheck health)
{
    public IResult Companies() => TypedResults.Ok(catalog.Companies.Select(c => new
    {
        c.Ticker,
        c.Cik,
        c.Name,
        c.FiscalYearEnd,
        c.Aliases,
    }));

    public async Task<IResult> Benchmarks(string? companies, string? from, string? to, string? format, CancellationToken cancellationToken, string? period = null, string? align = null, string? metrics = null)
    {
        var (query, problem) = Query(companies, from, to, period, align, metrics, "metrics", metricRequired: false);
        var formatProblem = ApiQuery.Format(format, out var csv);
        if ((problem ?? formatProblem) is { } bad)
        {
            return bad;
        }

        var result = await comparisons.CompareAsync(query!, cancellationToken);
        if (!csv)
        {
            return TypedResults.Ok(result);
        }

        // The fiscal-year table with every metric is exactly the export; other shapes get the comparison layout.
        var exportLayout = !query!.Quarterly && !query.Calendar && metrics is null;
        return exportLayout
            ? TypedResults.File(BenchmarkCsv.Write(await benchmarks.QueryAsync(query.Tickers, query.From, query.To, cancellationToken)), "text/csv; charset=utf-8", "benchmarks.csv")
            : TypedResults.File(ComparisonCsv.Write(result), "text/csv; charset=utf-8", "benchmarks.csv");
    }

    /// <summary>One metric across companies and periods, as one table.</summary>
    public async Task<IResult> Compare(string? metric, string? companies, string? from, string? to, string? period, string? align, CancellationToken cancellationToken)
    {
        var (query, problem) = Query(companies, from, to, period, align, metric, "metric", metricRequired: true);
        if (problem is not null)
        {
            return problem;
        }

        if (query!.Metrics.Count != 1)
        {
            return ApiProblems.BadParameter("metric", "Name one metric; /api/benchmarks takes several.");
        }

        var result = await comparisons.CompareAsync(query, cancellationToken);
        return TypedResults.Ok(CompareTable.From(result));
    }

    private (ComparisonQuery? Query, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem) Query(string? companies, string? from, string? to, string? period, string? align, string? metrics, string metricsName, bool metricRequired)
    {
        var problems = new[]
        {
            ApiQuery.Companies(catalog, companies, out var picked),
            ApiQuery.Year("from", from, out var fromYear),
            ApiQuery.Year("to", to, out var toYear),
            ApiQuery.Choice("period", period, ["annual", "quarterly"], out var periodKind),
            ApiQuery.Choice("align", align, ["fiscal", "calendar"], out var alignment),
            ApiQuery.Metrics(metricsName, metrics, metricRequired, out var metricList),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return (null, problem);
        }

        if (fromYear > toYear)
        {
            return (null, ApiProblems.BadParameter("from", $"from ({fromYear}) is after to ({toYear})."));
        }

        return (new ComparisonQuery(picked.Select(c => c.Ticker).ToList(), fromYear, toYear, periodKind == "quarterly", alignment == "calendar", metricList), null);
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
