using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Comparisons;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Api;

/// <summary>Every endpoint of the API, defined once (routes from <see cref="ApiRoutes"/>).</summary>
public static class ApiCatalog
{
    private static readonly ApiParameter Companies = new("companies", "query", "string", "Comma-separated tickers; all tracked companies when absent", Example: "META,GOOGL");
    private static readonly ApiParameter FromYear = new("from", "query", "integer", "First fiscal year", Example: "2021");
    private static readonly ApiParameter ToYear = new("to", "query", "integer", "Last fiscal year", Example: "2025");
    private static readonly ApiParameter FromDate = new("from", "query", "string", "First date: a year (2023) or a day (2023-01-18)", Example: "2023");
    private static readonly ApiParameter ToDate = new("to", "query", "string", "Last date: a year or a day", Example: "2023-12-31");
    private static readonly ApiParameter Format = new("format", "query", "string", "json (default) or csv", ["json", "csv"]);
    private static readonly ApiParameter Period = new("period", "query", "string", "annual (default) or quarterly", ["annual", "quarterly"]);
    private static readonly ApiParameter Align = new("align", "query", "string", "fiscal (default: each company's own year) or calendar (built from quarterly facts; says how)", ["fiscal", "calendar"]);
    private static readonly ApiParameter Ticker = new("ticker", "path", "string", "A tracked company's ticker", Example: "META", Required: true);
    private static readonly ApiParameter PageSize = new("pageSize", "query", "integer", $"Items per page (1–{Paging.MaxPageSize}, default {Paging.DefaultPageSize})");
    private static readonly ApiParameter Continuation = new("continuationToken", "query", "string", $"The {Paging.Header} response header of the previous page");

    public static IReadOnlyList<ApiEndpoint> Endpoints { get; } =
    [
        new("companies", ApiRoutes.Companies, "The tracked companies", true, [], typeof(List<CompanyView>), Cached: true),
        new("add-companies", ApiRoutes.Companies, "Track companies by ticker, resolved through SEC's ticker list and submissions (CIK, name, former names, fiscal year end); the next run collects them. All or nothing: an unknown ticker answers 400 naming it and nothing is stored", true,
            [new("tickers", "query", "string", "Comma-separated tickers", Example: "NVDA,TSLA", Required: true), new("aliases", "query", "string", "Extra WARN employer names, separated by '|', added to SEC's name and former names", Example: "NVIDIA Corporation"),
             new("since", "query", "integer", "First year of filings collected (default 2010); older listing pages are read back to it")],
            typeof(List<CompanyView>), Method: "post", Admin: true),
        new("benchmarks", ApiRoutes.Benchmarks, "Benchmarks per company and period, each value with its sources, its rank among the companies asked for and its difference from their median", true,
            [Companies, FromYear, ToYear, Period, Align, new("metrics", "query", "string", "Comma-separated subset of the metrics", BenchmarkMetrics.All), Format], typeof(ComparisonResult), Csv: true, Cached: true),
        new("compare", ApiRoutes.Compare, "One metric across companies and periods in one table", true,
            [new("metric", "query", "string", "The metric", BenchmarkMetrics.All, Example: "revenuePerEmployee", Required: true), Companies, FromYear, ToYear, Period, Align], typeof(CompareTable), Cached: true),
        new("headcount", ApiRoutes.Headcount, "A company's employee-count statements, with the sentence and filing of each", true, [Ticker], typeof(List<HeadcountView>), Cached: true),
        new("financials", ApiRoutes.Financials, "A company's XBRL financial facts, with concept, period and filing", true, [Ticker], typeof(List<FinancialView>), Cached: true),
        new("layoffs", ApiRoutes.Layoffs, "Reconciled layoff events with their statements and WARN notices (paged)", true, [Companies, FromDate, ToDate, Format, PageSize, Continuation], typeof(List<LayoffEvent>), Csv: true, Cached: true),
        new("company-layoffs", ApiRoutes.CompanyLayoffs, "One company's layoff events", true, [Ticker], typeof(List<LayoffEvent>), Cached: true),
        new("warn", ApiRoutes.Warn, "WARN notices, matched to companies or not (paged)", true,
            [new("state", "query", "string", "Two-letter state code", Example: "WA"), new("company", "query", "string", "A ticker; absent: every notice, unmatched included"), FromDate, ToDate, Format, PageSize, Continuation], typeof(List<WarnView>), Csv: true, Cached: true),
        new("claims", ApiRoutes.Claims, "Claims made in public writing, each with a verdict computed from the stored facts and its evidence", true, [], typeof(List<ClaimVerdict>)),
        new("chart", ApiRoutes.Chart, "A publishable 1200×675 chart of one metric", true,
            [new("metric", "path", "string", "The metric, with .png", Example: "revenuePerEmployee.png", Required: true), Companies, FromYear, ToYear, new("kind", "query", "string", "line (default) or bar", ["line", "bar"])], null, "image/png"),
        new("exports", ApiRoutes.Exports, "The CSV and Parquet exports, with download links", true, [], typeof(ExportListing)),
        new("statements", ApiRoutes.Statements, "Admin: add an editor statement (a cited secondary source no feed carries); the company's events are recomputed at once. Admin key in Azure; tracker serve --api-key locally", true,
            [], typeof(Statements.EditorStatement), Method: "post", RequestBody: typeof(StatementsApi.Body), Admin: true),
        new("health", ApiRoutes.Health, "Storage reachability and each source's freshness (degraded when stale, 503 when storage is down)", false, [], typeof(HealthReport)),
    ];

    /// <summary>An endpoint by its name (a handler reads its declared parameters from here).</summary>
    public static ApiEndpoint Named(string name) => Endpoints.Single(e => e.Name == name);
}
