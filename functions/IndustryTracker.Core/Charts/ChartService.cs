using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Charts;

/// <summary>Charts from the stored benchmark rows: what the API's chart endpoint and <c>tracker chart</c> call.</summary>
public sealed class ChartService(BenchmarkStore store, CompanyCatalog catalog)
{
    /// <summary>
    /// A PNG of <paramref name="metric"/> for <paramref name="tickers"/> (every tracked company when empty) over fiscal
    /// years <paramref name="from"/>–<paramref name="to"/>. A bar chart shows <paramref name="from"/> when it equals
    /// <paramref name="to"/>, else the latest year in range with a value.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown metric or ticker (the message names it), or <paramref name="from"/> after <paramref name="to"/>.</exception>
    public async Task<byte[]> RenderAsync(string metric, IReadOnlyList<string> tickers, int? from, int? to, ChartKind kind, CancellationToken cancellationToken)
    {
        var (rows, options) = await QueryAsync(metric, tickers, from, to, kind, cancellationToken);
        return ChartRenderer.Render(metric, rows, options);
    }

    /// <summary>What <see cref="RenderAsync"/> draws, without drawing it: the tests check title, legend and values here.</summary>
    internal async Task<ChartData> DescribeAsync(string metric, IReadOnlyList<string> tickers, int? from, int? to, ChartKind kind, CancellationToken cancellationToken)
    {
        var (rows, options) = await QueryAsync(metric, tickers, from, to, kind, cancellationToken);
        return ChartRenderer.Describe(metric, rows, options);
    }

    private async Task<(IReadOnlyList<Benchmarks.BenchmarkRow> Rows, ChartOptions Options)> QueryAsync(string metric, IReadOnlyList<string> tickers, int? from, int? to, ChartKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        _ = MetricTitles.For(metric); // Fails before any storage call when the metric is unknown.
        if (from > to)
        {
            throw new ArgumentException($"'from' ({from}) is after 'to' ({to}).", nameof(from));
        }

        var companies = tickers.Count == 0
            ? catalog.Companies
            : tickers.Select(t => catalog.Find(t) ?? throw new ArgumentException($"Unknown company '{t}'.", nameof(tickers))).DistinctBy(c => c.Ticker).ToList();
        var rows = await store.QueryAsync(companies.Select(c => c.Ticker), from, to, cancellationToken);
        var options = new ChartOptions
        {
            Kind = kind,
            Year = kind == ChartKind.Bar && from is not null && from == to ? from : null,
            Tickers = companies.Select(c => c.Ticker).ToList(),
            CompanyNames = companies.ToDictionary(c => c.Ticker, c => CompanyNames.Short(c.Name), StringComparer.Ordinal),
        };
        return (rows, options);
    }
}
