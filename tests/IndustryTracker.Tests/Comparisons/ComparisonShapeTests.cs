using System.Text;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Comparisons;
using IndustryTracker.Tests.Warn;

namespace IndustryTracker.Tests.Comparisons;

/// <summary>
/// The pure parts of a comparison: the periods a company is compared over (its own fiscal year or the calendar's),
/// the one-metric table and the CSV. Companies come from seeds/companies.json; the cells are test data.
/// </summary>
public sealed class ComparisonShapeTests
{
    private static readonly Core.Companies.CompanyCatalog Catalog = WarnFixtures.Catalog();

    [Fact]
    public void Fiscal_years_follow_the_companys_own_year_end()
    {
        var periods = ComparisonPeriods.For(Catalog.Find("MSFT")!, 2023, 2024, quarterly: false, calendar: false).ToList();

        Assert.Equal(
            [
                new ComparisonPeriods.Period("FY2023", new(2022, 7, 1), new(2023, 6, 30), "fiscal year ending 06-30"),
                new ComparisonPeriods.Period("FY2024", new(2023, 7, 1), new(2024, 6, 30), "fiscal year ending 06-30"),
            ],
            periods);
    }

    [Fact]
    public void Fiscal_quarters_split_the_fiscal_year_in_four_from_its_start()
    {
        var periods = ComparisonPeriods.For(Catalog.Find("MSFT")!, 2023, 2023, quarterly: true, calendar: false).ToList();

        Assert.Equal(
            [
                new ComparisonPeriods.Period("FY2023-Q1", new(2022, 7, 1), new(2022, 9, 30), "fiscal quarter ending 06-30"),
                new ComparisonPeriods.Period("FY2023-Q2", new(2022, 10, 1), new(2022, 12, 31), "fiscal quarter ending 06-30"),
                new ComparisonPeriods.Period("FY2023-Q3", new(2023, 1, 1), new(2023, 3, 31), "fiscal quarter ending 06-30"),
                new ComparisonPeriods.Period("FY2023-Q4", new(2023, 4, 1), new(2023, 6, 30), "fiscal quarter ending 06-30"),
            ],
            periods);
    }

    [Fact]
    public void Calendar_year_of_a_June_year_end_company_says_how_it_was_built()
    {
        var period = Assert.Single(ComparisonPeriods.For(Catalog.Find("MSFT")!, 2023, 2023, quarterly: false, calendar: true));

        Assert.Equal(
            new ComparisonPeriods.Period("2023", new(2023, 1, 1), new(2023, 12, 31),
                "calendar year; the company's fiscal year ends 06-30, so figures are built from its quarterly and year-to-date reports"),
            period);
    }

    [Fact]
    public void Calendar_quarters_of_a_June_year_end_company_are_calendar_quarters()
    {
        var periods = ComparisonPeriods.For(Catalog.Find("MSFT")!, 2023, 2023, quarterly: true, calendar: true).ToList();

        Assert.Equal(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"], periods.Select(p => p.Label));
        Assert.Equal([new DateOnly(2023, 1, 1), new(2023, 4, 1), new(2023, 7, 1), new(2023, 10, 1)], periods.Select(p => p.Start));
        Assert.Equal([new DateOnly(2023, 3, 31), new(2023, 6, 30), new(2023, 9, 30), new(2023, 12, 31)], periods.Select(p => p.End));
        Assert.All(periods, p => Assert.StartsWith("calendar quarter; the company's fiscal year ends 06-30", p.Alignment, StringComparison.Ordinal));
    }

    [Fact]
    public void Calendar_year_of_a_December_year_end_company_is_its_fiscal_year()
    {
        var period = Assert.Single(ComparisonPeriods.For(Catalog.Find("META")!, 2022, 2022, quarterly: false, calendar: true));

        Assert.Equal(new ComparisonPeriods.Period("2022", new(2022, 1, 1), new(2022, 12, 31), "calendar year = fiscal year (it ends 12-31)"), period);
    }

    [Fact]
    public void From_after_to_gives_no_period()
    {
        Assert.Empty(ComparisonPeriods.For(Catalog.Find("META")!, 2024, 2023, quarterly: true, calendar: false));
    }

    [Fact]
    public void Table_has_a_row_per_period_and_a_column_per_company()
    {
        var table = CompareTable.From(Result());

        Assert.Equal(("revenuePerEmployee", "USD", "annual", "calendar"), (table.Metric, table.Unit, table.Period, table.Align));
        Assert.Equal(["MSFT", "META"], table.Companies);
        Assert.Equal(["2022", "2023"], table.Rows.Select(r => r.Period));
        var y2023 = table.Rows[1];
        // Both companies' 2023 rows span the calendar year; the table keeps the widest span of the row's periods.
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (y2023.PeriodStart, y2023.PeriodEnd));
        Assert.Equal(1_400_000m, y2023.Values["MSFT"].Value);
        Assert.Equal(2_000_000m, y2023.Values["META"].Value);
        Assert.Equal("built from quarters", y2023.Alignment["MSFT"]);
        Assert.Equal("calendar year = fiscal year", y2023.Alignment["META"]);
        Assert.Equal(["META"], table.Rows[0].Values.Keys);
    }

    [Fact]
    public void Table_takes_the_earliest_start_and_latest_end_of_a_periods_rows()
    {
        var result = Result() with
        {
            Rows =
            [
                Row("MSFT", "2023", new(2023, 1, 2), new(2023, 12, 30), 1m),
                Row("META", "2023", new(2023, 1, 1), new(2023, 12, 31), 2m),
                Row("AMZN", "2023", new(2023, 1, 3), new(2023, 12, 29), 3m),
            ],
        };

        var row = Assert.Single(CompareTable.From(result).Rows);

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (row.PeriodStart, row.PeriodEnd));
    }

    [Fact]
    public void Csv_has_value_rank_median_difference_note_and_sources_per_metric()
    {
        var csv = Encoding.UTF8.GetString(ComparisonCsv.Write(Result())).TrimStart('\uFEFF');

        Assert.Equal(
            "ticker,period,periodStart,periodEnd,alignment,revenuePerEmployee,revenuePerEmployeeRank,revenuePerEmployeeDiffFromMedian,revenuePerEmployeeNote,revenuePerEmployeeSources\r\n"
            + "META,2022,2022-01-01,2022-12-31,calendar year = fiscal year,1500000,1,0,,\r\n"
            + "MSFT,2023,2023-01-01,2023-12-31,built from quarters,1400000,2,-300000,from 4 quarters,\"10-Q 0000950170-23-035122 https://example.test/msft-q3 \"\"Revenue\"\" | 10-K 0000950170-23-035122 https://example.test/msft-k \"\"Revenue\"\"\"\r\n"
            + "META,2023,2023-01-01,2023-12-31,calendar year = fiscal year,2000000,1,300000,,\r\n",
            csv);
    }

    private static ComparisonResult Result() => new(
        "annual",
        "calendar",
        ["MSFT", "META"],
        ["revenuePerEmployee"],
        [
            Row("META", "2022", new(2022, 1, 1), new(2022, 12, 31), 1_500_000m, rank: 1, diff: 0m),
            Row("MSFT", "2023", new(2023, 1, 1), new(2023, 12, 31), 1_400_000m, rank: 2, diff: -300_000m, alignment: "built from quarters", note: "from 4 quarters",
                sources:
                [
                    new Citation("xbrl", "https://example.test/msft-q3", "0000950170-23-035122", "10-Q", "Revenue"),
                    new Citation("xbrl", "https://example.test/msft-k", "0000950170-23-035122", "10-K", "Revenue"),
                    new Citation("xbrl", "https://example.test/msft-q3", "0000950170-23-035122", "10-Q", "Revenue"),
                ]),
            Row("META", "2023", new(2023, 1, 1), new(2023, 12, 31), 2_000_000m, rank: 1, diff: 300_000m),
        ]);

    private static ComparisonRow Row(string ticker, string period, DateOnly start, DateOnly end, decimal value, int rank = 1, decimal diff = 0m,
        string alignment = "calendar year = fiscal year", string? note = null, IReadOnlyList<Citation>? sources = null) =>
        new(ticker, period, start, end, alignment, "worldwide", null,
            new Dictionary<string, RankedCell>(StringComparer.Ordinal) { ["revenuePerEmployee"] = new(value, "USD", note, sources ?? [], rank, diff) });
}
