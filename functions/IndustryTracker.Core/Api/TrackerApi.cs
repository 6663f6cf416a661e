using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Comparisons;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Core.Api;

/// <summary>
/// The HTTP API's handlers, defined once: the function app's triggers and the CLI's local server both call these
/// with the request (<see cref="ApiRequest"/>), so the two never drift. Handlers validate, then answer from
/// precomputed rows through <see cref="ApiCache"/> (ETag, 304, in-memory cache); they never parse or fetch.
/// </summary>
public sealed class TrackerApi(
    CompanyCatalog catalog,
    BenchmarkStore benchmarks,
    ComparisonService comparisons,
    FactReader facts,
    LayoffStore layoffs,
    WarnStore warn,
    ApiCache cache,
    HealthCheck health)
{
    public Task<IResult> Companies(ApiRequest? request, CancellationToken cancellationToken) =>
        cache.RespondAsync(request, [], () => Task.FromResult<IResult>(TypedResults.Ok(catalog.Companies.Select(c => new CompanyView(c.Ticker, c.Cik, c.Name, c.FiscalYearEnd, c.Aliases)).ToList())), cancellationToken);

    public async Task<IResult> Benchmarks(ApiRequest? request, CancellationToken cancellationToken)
    {
        var (query, problem) = Query(request, "metrics", metricRequired: false);
        var formatProblem = ApiQuery.Format(request?["format"], out var csv);
        if ((problem ?? formatProblem) is { } bad)
        {
            return bad;
        }

        return await cache.RespondAsync(request, query!.Tickers, async () =>
        {
            var result = await comparisons.CompareAsync(query, cancellationToken);
            if (!csv)
            {
                return TypedResults.Ok(result);
            }

            // The fiscal-year table with every metric is exactly the export; other shapes get the comparison layout.
            var exportLayout = !query.Quarterly && !query.Calendar && string.IsNullOrEmpty(request?["metrics"]);
            return exportLayout
                ? TypedResults.File(BenchmarkCsv.Write(await benchmarks.QueryAsync(query.Tickers, query.From, query.To, cancellationToken)), "text/csv; charset=utf-8", "benchmarks.csv")
                : TypedResults.File(ComparisonCsv.Write(result), "text/csv; charset=utf-8", "benchmarks.csv");
        }, cancellationToken);
    }

    /// <summary>One metric across companies and periods, as one table.</summary>
    public async Task<IResult> Compare(ApiRequest? request, CancellationToken cancellationToken)
    {
        var (query, problem) = Query(request, "metric", metricRequired: true);
        if (problem is not null)
        {
            return problem;
        }

        if (query!.Metrics.Count != 1)
        {
            return ApiProblems.BadParameter("metric", "Name one metric; /api/benchmarks takes several.");
        }

        return await cache.RespondAsync(request, query.Tickers, async () => TypedResults.Ok(CompareTable.From(await comparisons.CompareAsync(query, cancellationToken))), cancellationToken);
    }

    public Task<IResult> Headcount(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, ticker, async t => TypedResults.Ok((await facts.HeadcountAsync(t, cancellationToken)).Select(HeadcountView.From).OrderBy(v => v.AsOf, StringComparer.Ordinal).ToList()), cancellationToken);

    public Task<IResult> Financials(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, ticker, async t => TypedResults.Ok((await facts.FinancialsAsync(t, cancellationToken)).Select(FinancialView.From).OrderBy(v => v.Metric, StringComparer.Ordinal).ThenBy(v => v.PeriodEnd, StringComparer.Ordinal).ToList()), cancellationToken);

    public Task<IResult> CompanyLayoffs(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, ticker, async t => TypedResults.Ok(await layoffs.QueryAsync([t], null, null, cancellationToken)), cancellationToken);

    public async Task<IResult> Layoffs(ApiRequest? request, CancellationToken cancellationToken)
    {
        var problems = new[]
        {
            ApiQuery.Companies(catalog, request?["companies"], out var picked),
            ApiQuery.Date("from", request?["from"], endOfRange: false, out var fromDate),
            ApiQuery.Date("to", request?["to"], endOfRange: true, out var toDate),
            ApiQuery.Format(request?["format"], out var csv),
            Paging.Read(request, out var offset, out var pageSize),
        };
        if ((problems.FirstOrDefault(p => p is not null) ?? ApiQuery.Range("from", fromDate, toDate)) is { } problem)
        {
            return problem;
        }

        var tickers = picked.Select(c => c.Ticker).ToList();
        return await cache.RespondAsync(request, tickers, async () =>
        {
            var events = await layoffs.QueryAsync(tickers, fromDate, toDate, cancellationToken);
            return csv ? TypedResults.File(LayoffCsv.Write(events), "text/csv; charset=utf-8", "layoffs.csv") : Paging.Page(events, offset, pageSize);
        }, cancellationToken);
    }

    public async Task<IResult> Warn(ApiRequest? request, CancellationToken cancellationToken)
    {
        IReadOnlyList<Company>? one = null;
        var company = request?["company"];
        var problems = new[]
        {
            ApiQuery.State(request?["state"], out var stateCode),
            string.IsNullOrWhiteSpace(company) ? null : ApiQuery.Companies(catalog, company, out one),
            ApiQuery.Date("from", request?["from"], endOfRange: false, out var fromDate),
            ApiQuery.Date("to", request?["to"], endOfRange: true, out var toDate),
            ApiQuery.Format(request?["format"], out var csv),
            Paging.Read(request, out var offset, out var pageSize),
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
        IReadOnlyList<string> partitions = one is null ? [.. catalog.Companies.Select(c => c.Ticker), WarnEntity.Unmatched] : one.Select(c => c.Ticker).ToList();
        return await cache.RespondAsync(request, partitions, async () =>
        {
            var rows = await warn.QueryAsync(partitions, stateCode, fromDate, toDate, cancellationToken);
            return csv ? TypedResults.File(WarnCsv.Write(rows), "text/csv; charset=utf-8", "warn.csv") : Paging.Page(rows.Select(WarnView.From).ToList(), offset, pageSize);
        }, cancellationToken);
    }

    public async Task<IResult> Health(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return report.StorageReachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private Task<IResult> ForCompany(ApiRequest? request, string ticker, Func<string, Task<IResult>> produce, CancellationToken cancellationToken) =>
        catalog.Find(ticker) is { } company
            ? cache.RespondAsync(request, [company.Ticker], () => produce(company.Ticker), cancellationToken)
            : Task.FromResult<IResult>(ApiProblems.BadParameter("ticker", $"Unknown ticker. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}."));

    private (ComparisonQuery? Query, ProblemHttpResult? Problem) Query(ApiRequest? request, string metricsName, bool metricRequired)
    {
        var problems = new[]
        {
            ApiQuery.Companies(catalog, request?["companies"], out var picked),
            ApiQuery.Year("from", request?["from"], out var fromYear),
            ApiQuery.Year("to", request?["to"], out var toYear),
            ApiQuery.Choice("period", request?["period"], ["annual", "quarterly"], out var periodKind),
            ApiQuery.Choice("align", request?["align"], ["fiscal", "calendar"], out var alignment),
            ApiQuery.Metrics(metricsName, request?[metricsName], metricRequired, out var metricList),
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
}
