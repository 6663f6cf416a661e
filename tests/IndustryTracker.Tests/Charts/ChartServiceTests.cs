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

        Assert.Equal((1200, 675), ChartRows.PngSize(png));
    }

    [Fact]
    public async Task Renders_revenue_per_employee_as_bars_for_one_year()
    {
        using var host = await StartAsync();
        var charts = host.Services.GetRequiredService<ChartService>();

        var png = await charts.RenderAsync(BenchmarkMetrics.RevenuePerEmployee, ["META", "GOOGL", "AMZN"], 2023, 2023, ChartKind.Bar, CancellationToken.None);
        ChartRows.Keep("replay-revenue-per-employee-bar", png);

        Assert.Equal((1200, 675), ChartRows.PngSize(png));
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
