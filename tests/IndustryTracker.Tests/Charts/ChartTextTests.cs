using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Charts;
using static IndustryTracker.Tests.Charts.ChartRows;

namespace IndustryTracker.Tests.Charts;

/// <summary>Titles, units, notes and source lines: the words a journalist pastes along with the chart.</summary>
public sealed class ChartTextTests
{
    [Theory]
    [InlineData(BenchmarkMetrics.Revenue, "USD", 307_394_000_000, "Revenue", "USD (billions)", "$307.39B")]
    [InlineData(BenchmarkMetrics.RevenuePerEmployee, "USD per employee", 1_684_332, "Revenue per employee", "USD per employee (millions)", "$1.68M")]
    [InlineData(BenchmarkMetrics.CapexPerEmployee, "USD per employee", 376_908, "Capital expenditures per employee", "USD per employee (thousands)", "$376.91K")]
    [InlineData(BenchmarkMetrics.Employees, "people", 1_525_000, "Employees at fiscal year end", "People", "1,525,000")]
    [InlineData(BenchmarkMetrics.OperatingMargin, "%", 34.66, "Operating margin", "Percent", "34.7%")]
    [InlineData(BenchmarkMetrics.LayoffRounds, "rounds", 2, "Layoff rounds announced", "Rounds", "2")]
    public void Title_units_and_value_format_follow_the_metric(string metric, string unit, double value, string title, string axis, string label)
    {
        var data = ChartRenderer.Describe(metric, [Row("META", 2022, metric, (decimal)value / 2, unit), Row("META", 2023, metric, (decimal)value, unit)], new ChartOptions());

        Assert.Equal(title, data.Title);
        Assert.Equal(axis, data.Scale.AxisLabel);
        Assert.Equal($"{axis}, fiscal years 2022–2023", data.Subtitle);
        Assert.Equal(label, data.Scale.Format(data.Series[0].Points.Last().Value));
    }

    [Fact]
    public void Negative_values_and_the_baseline_read_naturally()
    {
        var scale = AxisScale.For("USD", 4_000_000_000);

        Assert.Equal("-$1.5B", scale.Format(-1.5));
        Assert.Equal("0", scale.Format(-0.0001));
        Assert.Equal("0%", AxisScale.For("%", 10).Format(0));
    }

    [Fact]
    public void Bar_labels_share_one_precision()
    {
        var scale = AxisScale.For("USD per employee", 2_003_981);

        Assert.Equal(["$2.00M", "$1.68M", "$0.38M"], new[] { 2.003981, 1.684332, 0.376908 }.Select(v => scale.FormatValue(v, 2.003981)));
        Assert.Equal("$307B", AxisScale.For("USD", 3e11).FormatValue(307.394, 307.394));
        Assert.Equal("1,525,000", AxisScale.For("people", 1.5e6).FormatValue(1_525_000, 1_525_000));
    }

    [Fact]
    public void Source_line_names_each_filing_behind_the_plotted_values_only()
    {
        BenchmarkRow[] rows =
        [
            Row("META", 2022, BenchmarkMetrics.Revenue, 116_609_000_000m, "USD", accession: "0001326801-23-000013"),
            Row("META", 2023, BenchmarkMetrics.Revenue, 134_902_000_000m, "USD", accession: "0001326801-24-000012"),
            Row("GOOGL", 2023, BenchmarkMetrics.Revenue, 307_394_000_000m, "USD") with
            {
                Metrics = new Dictionary<string, MetricCell>
                {
                    [BenchmarkMetrics.Revenue] = new(307_394_000_000m, "USD", null, [new Citation("sec-companyfacts", "https://data.sec.gov/x.json", "0001652044-24-000022", "10-K", "XBRL us-gaap:Revenues")]),
                },
            },
            Row("AMZN", 2023, BenchmarkMetrics.Revenue, null, "USD"),
        ];

        var sources = ChartRenderer.Describe(BenchmarkMetrics.Revenue, rows, new ChartOptions()).SourceLines;

        Assert.Equal(
            "Source: SEC filings — META 10-K 0001326801-23-000013, 10-K 0001326801-24-000012; GOOGL companyfacts (10-K 0001652044-24-000022); IndustryTracker",
            sources[0]);
        Assert.Equal("Source: SEC filings — META 10-K ×2; GOOGL companyfacts (10-K); IndustryTracker", sources[^2]);
        Assert.Equal("Source: SEC filings — META, GOOGL; IndustryTracker", sources[^1]);
        Assert.DoesNotContain("AMZN", sources[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_name_different_headcount_scopes_and_fiscal_year_ends()
    {
        BenchmarkRow[] rows =
        [
            Row("AMZN", 2023, BenchmarkMetrics.Employees, 1_525_000m, "people", scope: "FullTimeAndPartTime"),
            Row("MSFT", 2023, BenchmarkMetrics.Employees, 221_000m, "people", scope: "Employees", endMonth: 6),
            Row("META", 2023, BenchmarkMetrics.Employees, 67_317m, "people", scope: "Employees", note: "approximate"),
        ];

        var notes = ChartRenderer.Describe(BenchmarkMetrics.Employees, rows, new ChartOptions()).Notes;

        Assert.Equal(["AMZN counts full-time and part-time employees", "fiscal years end in June for MSFT", "META FY2023: approximate"], notes);
    }

    [Fact]
    public void Scope_is_not_a_caveat_for_metrics_that_do_not_count_people()
    {
        var notes = ChartRenderer.Describe(BenchmarkMetrics.Revenue, [Row("AMZN", 2023, BenchmarkMetrics.Revenue, 574_785_000_000m, "USD", scope: "FullTimeAndPartTime")], new ChartOptions()).Notes;

        Assert.Empty(notes);
    }

    [Fact]
    public void Legend_labels_use_company_names_when_given()
    {
        var options = new ChartOptions { CompanyNames = new Dictionary<string, string> { ["META"] = "Meta Platforms" } };

        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, [Row("META", 2022, BenchmarkMetrics.Revenue, 1m, "USD"), Row("META", 2023, BenchmarkMetrics.Revenue, 1m, "USD")], options);

        Assert.Equal("Meta Platforms (META)", data.Series[0].Label);
    }

    [Fact]
    public void Per_employee_values_on_year_end_headcount_say_so()
    {
        var row = Row("GOOGL", 2023, BenchmarkMetrics.RevenuePerEmployee, 1_684_332m, "USD per employee") with { PerEmployeeBasis = "end-of-year headcount (start unknown)" };

        var notes = ChartRenderer.Describe(BenchmarkMetrics.RevenuePerEmployee, [row], new ChartOptions()).Notes;

        Assert.Equal(["per employee: divided by end-of-year headcount (start unknown)"], notes);
    }

    [Fact]
    public void Companies_without_values_get_no_legend_entry_and_a_note()
    {
        BenchmarkRow[] rows =
        [
            Row("META", 2022, BenchmarkMetrics.Revenue, 1m, "USD"), Row("META", 2023, BenchmarkMetrics.Revenue, 2m, "USD"),
            Row("MSFT", 2022, BenchmarkMetrics.Revenue, null, "USD", endMonth: 6), Row("MSFT", 2023, BenchmarkMetrics.Revenue, null, "USD", endMonth: 6),
        ];

        var data = ChartRenderer.Describe(BenchmarkMetrics.Revenue, rows, new ChartOptions());

        Assert.Equal(["META"], data.Series.Select(s => s.Ticker));
        Assert.Equal(["no values for MSFT in these years"], data.Notes);
    }

    [Theory]
    [InlineData("Meta Platforms, Inc.", "Meta Platforms")]
    [InlineData("Amazon.com, Inc.", "Amazon")]
    [InlineData("Microsoft Corporation", "Microsoft")]
    [InlineData("Alphabet Inc.", "Alphabet")]
    public void Company_names_lose_their_legal_suffixes(string name, string shortName) =>
        Assert.Equal(shortName, CompanyNames.Short(name));
}
