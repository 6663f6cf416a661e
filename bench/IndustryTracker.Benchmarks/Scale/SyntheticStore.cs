using IndustryTracker.Benchmarks.Exports;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>
/// Fills a store with made-up companies through the app's own stores: per company and year a benchmark row, a
/// headcount fact and three financial facts, and the company's data version, as a recompute would leave them.
/// </summary>
public static class SyntheticStore
{
    public const int Years = 20;

    public static async Task FillAsync(IHost host, IEnumerable<string> tickers)
    {
        var storage = host.Services.GetRequiredService<TrackerStorage>();
        var benchmarks = host.Services.GetRequiredService<BenchmarkStore>();
        var versions = host.Services.GetRequiredService<VersionStore>();
        await Parallel.ForEachAsync(tickers.Select((t, i) => (t, i)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (company, ct) =>
        {
            var (ticker, seed) = company;
            var years = Enumerable.Range(2026 - Years + 1, Years).ToList();
            await benchmarks.ReplaceAsync(ticker, years.Select(y => SyntheticBenchmarkRows.Row(ticker, y, seed)).ToList(), ct);
            var source = new Provenance(DocumentKinds.SecCompanyFacts, $"https://data.sec.gov/api/xbrl/companyfacts/{ticker}.json", null, null, null, "facts-" + ticker);
            var headcount = years.Select(y => HeadcountEntity.From(new HeadcountFact(ticker, new HeadcountStatement(new DateOnly(y, 12, 31), 1000 + seed + y, false, EmployeeScope.Employees, $"As of December 31, {y}, we had {1000 + seed + y} employees."), source))).ToList();
            var financials = years.SelectMany(y => new[] { Metric.Revenue, Metric.OperatingIncome, Metric.NetIncome }.Select(m =>
                FinancialEntity.From(new FinancialFact(ticker, new MetricValue(m, "us-gaap:" + m, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), 1_000_000m * (seed + 1) + y, "USD", "0000000000-00-000000", "10-K", new DateOnly(y + 1, 2, 1), $"CY{y}"), source)))).ToList();
            await FactStore.ReplaceDocumentFactsAsync(storage.Headcount, ticker, source.DocumentKey, headcount, ct);
            await FactStore.ReplaceDocumentFactsAsync(storage.Financials, ticker, source.DocumentKey, financials, ct);
            await versions.SetAsync(ticker, VersionStore.HashOf([ticker, seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]), ct);
        });
    }
}
