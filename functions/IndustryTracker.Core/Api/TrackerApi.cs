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
        Unknown(request, "companies") is { } unknown
            ? Task.FromResult<IResult>(unknown)
            : CompaniesList(request, catalog.Companies.Select(CompanyView.From).ToList(), cancellationToken);

    // The list itself is the key's meaning: companies are added and removed at run time, and no stored partition
    // version covers the list, so a change must change the ETag by itself.
    private Task<IResult> CompaniesList(ApiRequest? request, List<CompanyView> list, CancellationToken cancellationToken) =>
        cache.RespondAsync(request, ApiCache.Key("companies", new { list }), [], () => Task.FromResult<IResult>(TypedResults.Ok(list)), cancellationToken);

    public async Task<IResult> Benchmarks(ApiRequest? request, CancellationToken cancellationToken)
    {
        if (Unknown(request, "benchmarks") is { } unknown)
        {
            return unknown;
        }

        var (query, problem) = Query(request, "metrics", metricRequired: false);
        var formatProblem = ApiQuery.Format(request?["format"], out var csv);
        if ((problem ?? formatProblem) is { } bad)
        {
            return bad;
        }

        // The fiscal-year table with every metric is exactly the export; other shapes get the comparison layout. Asking
        // for every metric by name is another shape than not asking, so the key says which it was.
        var exportLayout = csv && !query!.Quarterly && !query.Calendar && string.IsNullOrWhiteSpace(request?["metrics"]);
        return await cache.RespondAsync(request, ApiCache.Key("benchmarks", new { query, csv, exportLayout }), query!.Tickers, async () =>
        {
            var result = await comparisons.CompareAsync(query, cancellationToken);
            if (!csv)
            {
                return TypedResults.Ok(result);
            }

            return exportLayout
                ? TypedResults.File(BenchmarkCsv.Write(await benchmarks.QueryAsync(query.Tickers, query.From, query.To, cancellationToken)), "text/csv; charset=utf-8", "benchmarks.csv")
                : TypedResults.File(ComparisonCsv.Write(result), "text/csv; charset=utf-8", "benchmarks.csv");
        }, cancellationToken);
    }

    /// <summary>One metric across companies and periods, as one table.</summary>
    public async Task<IResult> Compare(ApiRequest? request, CancellationToken cancellationToken)
    {
        if (Unknown(request, "compare") is { } unknown)
        {
            return unknown;
        }

        var (query, problem) = Query(request, "metric", metricRequired: true);
        if (problem is not null)
        {
            return problem;
        }

        if (query!.Metrics.Count != 1)
        {
            return ApiProblems.BadParameter("metric", "Name one metric; /api/benchmarks takes several.");
        }

        return await cache.RespondAsync(request, ApiCache.Key("compare", query), query.Tickers, async () => TypedResults.Ok(CompareTable.From(await comparisons.CompareAsync(query, cancellationToken))), cancellationToken);
    }

    public Task<IResult> Headcount(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, "headcount", ticker, async t => TypedResults.Ok((await facts.HeadcountAsync(t, cancellationToken)).Select(HeadcountView.From).OrderBy(v => v.AsOf, StringComparer.Ordinal).ToList()), cancellationToken);

    public Task<IResult> Financials(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, "financials", ticker, async t => TypedResults.Ok((await facts.FinancialsAsync(t, cancellationToken)).Select(FinancialView.From).OrderBy(v => v.Metric, StringComparer.Ordinal).ThenBy(v => v.PeriodEnd, StringComparer.Ordinal).ToList()), cancellationToken);

    public Task<IResult> CompanyLayoffs(ApiRequest? request, string ticker, CancellationToken cancellationToken) =>
        ForCompany(request, "company-layoffs", ticker, async t => TypedResults.Ok(await layoffs.QueryAsync([t], null, null, cancellationToken)), cancellationToken);

    public async Task<IResult> Layoffs(ApiRequest? request, CancellationToken cancellationToken)
    {
        if (Unknown(request, "layoffs") is { } unknown)
        {
            return unknown;
        }

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

        // The events come back sorted by date and ticker whatever order the companies were named in: a set, so sorted.
        var tickers = picked.Select(c => c.Ticker).Order(StringComparer.Ordinal).ToList();
        var key = ApiCache.Key("layoffs", new { tickers, fromDate, toDate, csv, offset, pageSize });
        return await cache.RespondAsync(request, key, tickers, async () =>
        {
            var events = await layoffs.QueryAsync(tickers, fromDate, toDate, cancellationToken);
            return csv ? TypedResults.File(LayoffCsv.Write(events), "text/csv; charset=utf-8", "layoffs.csv") : Paging.Page(events, offset, pageSize);
        }, cancellationToken);
    }

    public async Task<IResult> Warn(ApiRequest? request, CancellationToken cancellationToken)
    {
        if (Unknown(request, "warn") is { } unknown)
        {
            return unknown;
        }

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

        // Without a company, every notice: each tracked company's partition and the unmatched one. Notices come back
        // sorted whatever order the partitions were read in, so a named list is sorted (one meaning, one key).
        IReadOnlyList<string> partitions = one is null ? [.. catalog.Companies.Select(c => c.Ticker), WarnEntity.Unmatched] : one.Select(c => c.Ticker).Order(StringComparer.Ordinal).ToList();
        var key = ApiCache.Key("warn", new { partitions, stateCode, fromDate, toDate, csv, offset, pageSize });
        return await cache.RespondAsync(request, key, partitions, async () =>
        {
            var rows = await warn.QueryAsync(partitions, stateCode, fromDate, toDate, cancellationToken);
            return csv ? TypedResults.File(WarnCsv.Write(rows), "text/csv; charset=utf-8", "warn.csv") : Paging.Page(rows.Select(WarnView.From).ToList(), offset, pageSize);
        }, cancellationToken);
    }

    public async Task<IResult> Health(CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        // Storage down: the same Retry-After as the data endpoints' 503 (StorageUnavailable), so a probe backs off alike.
        return report.StorageReachable
            ? TypedResults.Ok(report)
            : new HeaderResult(TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable), "Retry-After", StorageUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<IResult> ForCompany(ApiRequest? request, string endpoint, string ticker, Func<string, Task<IResult>> produce, CancellationToken cancellationToken) =>
        Unknown(request, endpoint) is { } unknown ? Task.FromResult<IResult>(unknown)
        : catalog.Find(ticker) is { } company
            ? cache.RespondAsync(request, ApiCache.Key(endpoint, company.Ticker), [company.Ticker], () => produce(company.Ticker), cancellationToken)
            : Task.FromResult<IResult>(ApiProblems.BadParameter("ticker", $"Unknown ticker. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}."));

    private static ProblemHttpResult? Unknown(ApiRequest? request, string endpoint) => request?.CheckParameters(ApiCatalog.Named(endpoint));

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
