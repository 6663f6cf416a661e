using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Charts;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Tests.Charts;

/// <summary>Charts from the store after one replay cycle over the recorded SEC documents, through AddCharts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChartServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Renders_revenue_from_the_replay_store()
    {
        using var host = await StartAsync();
        var charts = host.Services.GetRequiredService<ChartService>();

        var png = await charts.RenderAsync(BenchmarkMetrics.Revenue, ["META", "GOOGL", "AMZN"], 2019, 2025, ChartKind.Line, CancellationToken.None);
        ChartRows.Keep("replay-revenue-line", png);
        var data = await charts.DescribeAsync(BenchmarkMetrics.Revenue, ["META", "GOOGL", "AMZN"], 2019, 2025, ChartKind.Line, CancellationToken.None);

        Assert.Equal((1200, 675), ChartRows.PngSize(png));
        // What a reader sees: title, units, legend in the order asked for, and each value from the filings (in billions).
        Assert.Equal(ChartKind.Line, data.Kind);
        Assert.Equal("Revenue", data.Title);
        Assert.Equal("USD (billions)", data.Scale.AxisLabel);
        Assert.Equal("USD (billions), fiscal years 2019–2025", data.Subtitle);
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025], data.Years);
        Assert.Equal([("META", "Meta Platforms (META)"), ("GOOGL", "Alphabet (GOOGL)"), ("AMZN", "Amazon (AMZN)")], data.Series.Select(s => (s.Ticker, s.Label)));
        Assert.Equal([(2021, 117.929), (2022, 116.609), (2023, 134.902)], Points(data, "META"));
        Assert.Equal([(2019, 161.857), (2020, 182.527), (2021, 257.637), (2022, 282.836), (2023, 307.394), (2024, 350.018), (2025, 402.836)], Points(data, "GOOGL"));
        Assert.Equal([(2021, 469.822), (2022, 513.983), (2023, 574.785)], Points(data, "AMZN"));
        // Meta's and Amazon's FY2025 revenue is not in the corpus: the line stops, it does not drop to zero.
        Assert.Single(data.Series.Single(s => s.Ticker == "META").Segments);
        Assert.Equal("$402.84B", data.Scale.Format(402.836));
        Assert.Equal(
            "Source: SEC filings — META 10-K 0001326801-24-000012; GOOGL 10-K 0001652044-24-000022, companyfacts (10-K 0001652044-22-000019, 10-K 0001652044-25-000014, 10-K 0001652044-26-000018); AMZN 10-K 0001018724-24-000008; IndustryTracker",
            data.SourceLines[0]);
    }

    [Fact]
    public async Task Renders_revenue_per_employee_as_bars_for_one_year()
    {
        using var host = await StartAsync();
        var charts = host.Services.GetRequiredService<ChartService>();

        var png = await charts.RenderAsync(BenchmarkMetrics.RevenuePerEmployee, ["META", "GOOGL", "AMZN"], 2023, 2023, ChartKind.Bar, CancellationToken.None);
        ChartRows.Keep("replay-revenue-per-employee-bar", png);
        var data = await charts.DescribeAsync(BenchmarkMetrics.RevenuePerEmployee, ["META", "GOOGL", "AMZN"], 2023, 2023, ChartKind.Bar, CancellationToken.None);

        Assert.Equal((1200, 675), ChartRows.PngSize(png));
        Assert.Equal(ChartKind.Bar, data.Kind);
        Assert.Equal("Revenue per employee, fiscal year 2023", data.Title);
        Assert.Equal("USD per employee (millions)", data.Scale.AxisLabel);
        // 134,902 M$ / 67,317, 307,394 M$ / 182,502 and 574,785 M$ / 1,525,000, in millions of USD.
        Assert.Equal([("META", "Meta Platforms (META)", 2.003981), ("GOOGL", "Alphabet (GOOGL)", 1.684332), ("AMZN", "Amazon (AMZN)", 0.376908)], data.Bars.Select(b => (b.Ticker, b.Label, b.Value!.Value)));
        Assert.Equal(["$2.00M", "$1.68M", "$0.38M"], data.Bars.Select(b => data.Scale.FormatValue(b.Value!.Value, 2.003981)));
        Assert.Equal(["AMZN counts full-time and part-time employees", "per employee: divided by end-of-year headcount (start unknown)"], data.Notes);
        ChartPixels.AssertBarHeightsInProportion(png, data.Bars.Select(b => b.Value).ToList());
    }

    [Fact]
    public async Task Every_metric_renders_for_every_company()
    {
        using var host = await StartAsync();
        var charts = host.Services.GetRequiredService<ChartService>();

        foreach (var metric in BenchmarkMetrics.All)
        {
            var png = await charts.RenderAsync(metric, [], null, null, ChartKind.Line, CancellationToken.None);
            ChartRows.Keep("replay-all-" + metric, png);
            Assert.Equal((1200, 675), ChartRows.PngSize(png));
        }
    }

    [Fact]
    public async Task Unknown_metric_or_company_is_an_argument_exception_naming_it()
    {
        using var host = await StartAsync();
        var charts = host.Services.GetRequiredService<ChartService>();

        var metric = await Assert.ThrowsAsync<ArgumentException>(() => charts.RenderAsync("headcountish", ["META"], null, null, ChartKind.Line, CancellationToken.None));
        var company = await Assert.ThrowsAsync<ArgumentException>(() => charts.RenderAsync(BenchmarkMetrics.Revenue, ["NOPE"], null, null, ChartKind.Line, CancellationToken.None));

        Assert.Contains("headcountish", metric.Message, StringComparison.Ordinal);
        Assert.Contains("NOPE", company.Message, StringComparison.Ordinal);
    }

    private static (int, double)[] Points(ChartData data, string ticker) =>
        [.. data.Series.Single(s => s.Ticker == ticker).Points.Select(p => (p.FiscalYear, Math.Round(p.Value, 6)))];

    // The same registrations as TrackerTestHost, plus AddCharts (which the lead adds to the app and CLI hosts).
    private async Task<IHost> StartAsync()
    {
        var store = await azurite.IngestedAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(store.CopySettings());
        builder.AddIndustryTracker();
        builder.AddCharts();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
