using IndustryTracker.Core.Api;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Tests.Claims;

/// <summary>
/// TEST DATA built by hand for the evaluator tests: facts shaped like the stored ones, with made-up URLs and
/// accessions. Not recordings; the replay tests cover the real documents.
/// </summary>
internal static class ClaimTestData
{
    public static readonly Publication Analysis = new("Test analysis", "Test Author", "test-data/analysis.txt", "paragraph 1", null);

    public static Claim Claim(ClaimCheck check, string? settledBy = null) => new("test-claim", "A test claim.", Analysis, check, null, settledBy);

    public static Expectation About(decimal value, decimal tolerancePct = 5) => new(Comparator.Approx, value, null, tolerancePct);

    public static DateRange Range(string from, string to) => new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    public static HeadcountView Headcount(string ticker, string asOf, long employees) =>
        new(ticker, asOf, employees, false, "Employees", $"Test data: we had {employees} employees as of {asOf}.", $"https://example.test/{ticker}/{asOf}.htm", $"0000000000-{asOf[2..4]}-000001", "10-K");

    public static LayoffEvent Round(string id, string announced, long? count, long? added = null, decimal? charges = null, int warnWorkers = 0, IReadOnlyList<string>? includes = null)
    {
        var from = announced.Length == 4 ? announced + "-01-01" : announced.Length == 7 ? announced + "-01" : announced;
        var warn = warnWorkers == 0 ? [] : new List<LayoffWarn> { new("WA", "Test Employer", "Test Site", warnWorkers, from, null, false, "https://example.test/warn.csv") };
        return new LayoffEvent(
            id, id.Split('-')[0], announced, from, count, count is null ? null : "Approximate", count is null ? null : added ?? count, null, null,
            "test data", "count from a filing statement", charges, warnWorkers, includes ?? [],
            [new LayoffSource("sec-filing", $"https://example.test/{id}.htm", "0000000000-23-000002", from, count, "Approximate", charges, $"Test data: a reduction of {count} employees.")],
            warn);
    }

    public static LayoffEvent WarnOnly(string ticker, string received, int workers) =>
        new($"{ticker}-warn-{received}", ticker, received, received, workers, "sum of WARN notices", workers, null, null, "test data",
            "WARN notices only: count is the sum of their workers", null, workers, [], [],
            [new LayoffWarn("WA", "Test Employer", "Test Site", workers, received, null, false, "https://example.test/warn.csv")]);

    public static BenchmarkRow Row(string ticker, int year, decimal? revenuePerEmployee) => new(
        ticker, year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), new DateOnly(year, 12, 31), "Employees", "end-of-year headcount (start unknown)",
        new Dictionary<string, MetricCell>
        {
            [BenchmarkMetrics.RevenuePerEmployee] = revenuePerEmployee is null
                ? MetricCell.Missing("USD per employee", "needs revenue")
                : new MetricCell(revenuePerEmployee, "USD per employee", null, [new Citation("sec-filing", "https://example.test/10k.htm", "0000000000-23-000003", "10-K", "Test data: XBRL us-gaap:Revenues")]),
        });

    public static ClaimFacts Facts(IEnumerable<HeadcountView>? headcount = null, IEnumerable<LayoffEvent>? layoffs = null, IEnumerable<BenchmarkRow>? rows = null) =>
        new((headcount ?? []).ToList(), (layoffs ?? []).ToList(), (rows ?? []).ToList());
}
