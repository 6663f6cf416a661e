using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Charts;
using SkiaSharp;
using static IndustryTracker.Tests.Charts.ChartRows;

namespace IndustryTracker.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly BenchmarkRow[] Revenue =
    [
        Row("META", 2020, BenchmarkMetrics.Revenue, 85_965_000_000m, "USD"),
        Row("META", 2021, BenchmarkMetrics.Revenue, null, "USD"),
        Row("META", 2022, BenchmarkMetrics.Revenue, 116_609_000_000m, "USD"),
        Row("META", 2023, BenchmarkMetrics.Revenue, 134_902_000_000m, "USD"),
        Row("GOOGL", 2020, BenchmarkMetrics.Revenue, 182_527_000_000m, "USD"),
        Row("GOOGL", 2021, BenchmarkMetrics.Revenue, 257_637_000_000m, "USD"),
        Row("GOOGL", 2022, BenchmarkMetrics.Revenue, 282_836_000_000m, "USD"),
        Row("GOOGL", 2023, BenchmarkMetrics.Revenue, 307_394_000_000m, "USD"),
    ];

    [Fact]
    public void Png_is_1200_by_675_by_default()
    {
        var png = ChartRenderer.Render(BenchmarkMetrics.Revenue, Revenue);
        Keep("synthetic-revenue-line", png);

        Assert.Equal((1200, 675), PngSize(png));
    }

    [Fact]
    public void Png_takes_the_size_asked_for_and_bar_charts_render()
    {
        var png = ChartRenderer.Render(BenchmarkMetrics.Revenue, Revenue, new ChartOptions { Kind = ChartKind.Bar, Width = 800, Height = 450 });
        Keep("synthetic-revenue-bar", png);

        Assert.Equal((800, 450), PngSize(png));
        // The latest year with a value, 2023: Meta's $134.9B bar 43.9% as tall as Alphabet's $307.4B, left of it.
        ChartPixels.AssertBarHeightsInProportion(png, [134.902, 307.394]);
    }

    [Fact]
    public void A_null_value_is_a_gap_in_the_line_not_a_zero()
    {
        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, Revenue, new ChartOptions());

        var meta = Assert.Single(data.Series, s => s.Ticker == "META");
        Assert.Equal([[2020], [2022, 2023]], meta.Segments.Select(s => s.Select(p => p.FiscalYear).ToArray()).ToArray());
        Assert.DoesNotContain(meta.Points, p => p.FiscalYear == 2021);
        Assert.DoesNotContain(data.Series.SelectMany(s => s.Points), p => p.Value == 0);
        Assert.Equal([2020, 2021, 2022, 2023], data.Years);
    }

    [Fact]
    public void A_null_value_in_a_bar_chart_draws_no_bar()
    {
        var options = new ChartOptions { Kind = ChartKind.Bar, Year = 2021 };
        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, Revenue, options);
        var png = ChartRenderer.Render(BenchmarkMetrics.Revenue, Revenue, options);
        Keep("synthetic-revenue-bar-null", png);
        ChartPixels.AssertBarHeightsInProportion(png, [null, 257.637]);

        Assert.Equal("Revenue, fiscal year 2021", data.Title);
        Assert.Null(Assert.Single(data.Bars, b => b.Ticker == "META").Value);
        Assert.Equal(257.637, Assert.Single(data.Bars, b => b.Ticker == "GOOGL").Value!.Value, 3);
    }

    [Fact]
    public void A_bar_chart_without_a_year_shows_the_latest_year_with_a_value()
    {
        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, [.. Revenue, Row("META", 2024, BenchmarkMetrics.Revenue, null, "USD")], new ChartOptions { Kind = ChartKind.Bar });

        Assert.Equal("Revenue, fiscal year 2023", data.Title);
    }

    [Fact]
    public void A_line_chart_of_a_single_year_becomes_bars()
    {
        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, Revenue.Where(r => r.FiscalYear == 2022).ToList(), new ChartOptions());

        Assert.Equal(ChartKind.Bar, data.Kind);
        Assert.Equal("Revenue, fiscal year 2022", data.Title);
        Assert.Equal(["META", "GOOGL"], data.Bars.Select(b => b.Ticker));
    }

    [Fact]
    public void Unknown_metric_is_an_argument_exception_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => ChartRenderer.Render("revenuePerWidget", Revenue));

        Assert.Contains("revenuePerWidget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_renders_with_the_embedded_font()
    {
        var png = ChartRenderer.Render(BenchmarkMetrics.Revenue, Revenue);
        using var bitmap = SKBitmap.Decode(png);

        // The title's band (top left) and the source line's band (bottom) must hold dark glyph pixels; without a
        // usable font Skia draws nothing there and they stay white.
        Assert.True(DarkPixels(bitmap, new SKRectI(40, 35, 400, 75)) > 200, "no title text drawn");
        Assert.True(DarkPixels(bitmap, new SKRectI(40, 630, 900, 670)) > 200, "no source text drawn");
    }

    [Fact]
    public void No_values_still_renders_a_chart_saying_so()
    {
        var png = ChartRenderer.Render(BenchmarkMetrics.Revenue, [Row("META", 2024, BenchmarkMetrics.Revenue, null, "USD")]);

        Assert.Equal((1200, 675), PngSize(png));
        Assert.True(ChartRenderer.Describe(BenchmarkMetrics.Revenue, [Row("META", 2024, BenchmarkMetrics.Revenue, null, "USD")], new ChartOptions()).IsEmpty);
    }

    private static int DarkPixels(SKBitmap bitmap, SKRectI area)
    {
        var count = 0;
        for (var x = area.Left; x < area.Right; x++)
        {
            for (var y = area.Top; y < area.Bottom; y++)
            {
                var p = bitmap.GetPixel(x, y);
                count += p.Red + p.Green + p.Blue < 384 ? 1 : 0;
            }
        }

        return count;
    }
}
