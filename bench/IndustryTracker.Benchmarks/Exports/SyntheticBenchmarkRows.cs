using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>
/// Benchmark rows shaped like the real ones (every metric filled, one or two citations each, quoted sentences of
/// filing length), made up deterministically: no storage, so the export benchmark measures writing only.
/// </summary>
public static class SyntheticBenchmarkRows
{
    /// <summary>
    /// <paramref name="count"/> rows spread over <paramref name="companies"/> companies and the <paramref name="years"/>
    /// years to 2026, made in the order the store returns them (a partition per company, rows by year), as the
    /// exporter reads them: the rows' objects then lie in memory in the order the export visits them, as real ones do.
    /// </summary>
    public static IReadOnlyList<BenchmarkRow> Create(int count, int companies = 500, int years = 20)
    {
        var rows = new List<BenchmarkRow>(count);
        var perCompany = (count + companies - 1) / companies;
        for (var i = 0; i < count; i++)
        {
            var position = i % perCompany;
            rows.Add(Row(Ticker(i / perCompany), 2026 - years + 1 + (position * years / perCompany), i));
        }

        return rows;
    }

    public static string Ticker(int index) => "S" + index.ToString("D4", CultureInfo.InvariantCulture);

    public static BenchmarkRow Row(string ticker, int year, int seed)
    {
        var metrics = new Dictionary<string, MetricCell>(StringComparer.Ordinal);
        var accession = string.Create(CultureInfo.InvariantCulture, $"0000{seed % 1000000:D6}-{year % 100:D2}-{seed % 999999:D6}");
        var url = $"https://www.sec.gov/Archives/edgar/data/{seed % 99999}/{accession.Replace("-", "", StringComparison.Ordinal)}/{ticker.ToLowerInvariant()}-{year}1231.htm";
        var k = 0;
        foreach (var metric in BenchmarkMetrics.All)
        {
            k++;
            var value = Math.Round((seed % 9973 + 1) * 1000.37m * k, k % 3 == 0 ? 2 : 0);
            var sources = new List<Citation> { new("sec-filing", url, accession, "10-K", $"As of December 31, {year}, we had approximately {seed % 200000 + 1000:N0} employees, and {metric} was stated in the consolidated statements.") };
            if (k % 4 == 0)
            {
                sources.Add(new Citation("sec-companyfacts", url, accession, "10-K", $"us-gaap:Revenues {year}-01-01..{year}-12-31"));
            }

            metrics[metric] = new MetricCell(value, "USD", k % 5 == 0 ? "approximate: the filing states a rounded headcount" : null, sources);
        }

        return new BenchmarkRow(ticker, year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), new DateOnly(year, 12, 31), "FullTime", "average of start and end headcount", metrics);
    }
}
