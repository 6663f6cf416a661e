using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Comparisons;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Sources.Sec.Headcount;
using IndustryTracker.Core.Sources.Warn;
using static IndustryTracker.Tests.Layoffs.LayoffReconcilerTests;

namespace IndustryTracker.Tests.Edges;

/// <summary>
/// Every threshold the domain defines, tested just inside and just outside its edge, and every choice between
/// candidates tested where the wrong choice gives a different answer. The statements are test data built by hand
/// (marked so), because what is under test is the rule, not the extractor.
/// </summary>
public sealed class DomainEdgeTests
{
    // Same round: statements at most SameRoundDays (21) apart whose counts agree join one round.
    [Theory]
    [InlineData("2023-01-31", 1)] // 21 days after 2023-01-10: the edge, inside
    [InlineData("2023-02-01", 2)] // 22 days: outside
    public void Same_round_window_is_21_days(string second, int expectedRounds)
    {
        var a = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "newsroom", "Test data: we are eliminating 1,000 roles.");
        var b = Letter("X", second, 1_000, CountQualifier.Exact, "newsroom", "Test data: we are eliminating 1,000 roles.");

        var events = LayoffReconciler.Reconcile("X", [a, b], []);

        Assert.Equal(expectedRounds, events.Count);
        Assert.Equal(expectedRounds == 1 ? ["X-2023-01-10"] : ["X-2023-01-10", $"X-{second}"], events.Select(e => e.Id));
    }

    // Counts agree when they differ by at most 10% of the larger; a 30% or 50% tolerance would merge the outside rows.
    [Theory]
    [InlineData(11_000, 1)] // 1,000 apart <= 1,100: inside
    [InlineData(11_111, 1)] // 1,111 <= 1,111.1: the last agreeing count, inside
    [InlineData(11_112, 2)] // 1,112 > 1,111.2: outside
    [InlineData(12_500, 2)] // 20% apart
    public void Same_round_count_tolerance_is_ten_percent_of_the_larger(long second, int expectedRounds)
    {
        var a = Letter("X", "2023-01-10", 10_000, CountQualifier.Exact, "newsroom", "Test data: we are eliminating 10,000 roles.");
        var b = Letter("X", "2023-01-12", second, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of roles.");

        var events = LayoffReconciler.Reconcile("X", [a, b], []);

        Assert.Equal(expectedRounds, events.Count);
    }

    [Theory]
    [InlineData(11_111L, true)]
    [InlineData(11_112L, false)]
    [InlineData(9_000L, true)]
    [InlineData(8_999L, false)]
    public void Counts_agree_exactly_up_to_ten_percent(long other, bool agree) =>
        Assert.Equal(agree, LayoffReconciler.CountsAgree(10_000, other));

    // A WARN notice attaches to a round when received no later than WarnAttachDays (120) after the round's end.
    [Theory]
    [InlineData("2023-05-18", "X-2023-01-18")]      // 120 days after 2023-01-18: inside
    [InlineData("2023-05-19", "X-warn-2023-05-19")] // 121 days: a WARN-only event
    public void Warn_attach_window_is_120_days(string received, string expectedEvent)
    {
        var statement = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of 10,000 jobs.");

        var events = LayoffReconciler.Reconcile("X", [statement], [Notice("X", "WA", received, 250, 1)]);

        var holder = Assert.Single(events, e => e.Warn.Count == 1);
        Assert.Equal(expectedEvent, holder.Id);
        Assert.Equal(expectedEvent == "X-2023-01-18" ? 1 : 2, events.Count);
    }

    // Among rounds a notice could join, the latest-starting one wins.
    [Fact]
    public void Warn_notice_joins_the_latest_round_before_it()
    {
        var january = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "newsroom", "Test data: 1,000 roles.");
        var march = Letter("X", "2023-03-10", 5_000, CountQualifier.Exact, "newsroom", "Test data: 5,000 roles.");

        var events = LayoffReconciler.Reconcile("X", [january, march], [Notice("X", "WA", "2023-03-20", 300, 1)]);

        Assert.Equal(["X-2023-01-10", "X-2023-03-10"], events.Select(e => e.Id));
        Assert.Empty(events[0].Warn);
        Assert.Equal(300, events[1].WarnWorkers);
    }

    // A full fiscal year is 350–380 days long.
    [Theory]
    [InlineData(349, false)]
    [InlineData(350, true)]
    [InlineData(380, true)]
    [InlineData(381, false)]
    [InlineData(91, false)]
    public void Annual_period_is_350_to_380_days(int days, bool annual)
    {
        var start = new DateOnly(2023, 1, 1);
        Assert.Equal(annual, FiscalCalendar.IsAnnual(start, start.AddDays(days)));
    }

    // With an even number of companies the median is the mean of the two middle values.
    [Fact]
    public void Median_of_four_companies_is_the_mean_of_the_middle_two()
    {
        var cells = new Dictionary<string, MetricCell>
        {
            ["A"] = Cell(100m),
            ["B"] = Cell(200m),
            ["C"] = Cell(400m),
            ["D"] = Cell(1_000m),
        };

        var ranked = Ranking.Rank(cells);

        // Median (200 + 400) / 2 = 300; the upper middle (400) or lower middle (200) would shift every difference.
        Assert.Equal([-200m, -100m, 100m, 700m], new[] { "A", "B", "C", "D" }.Select(k => ranked[k].DiffFromMedian!.Value));
        Assert.Equal([4, 3, 2, 1], new[] { "A", "B", "C", "D" }.Select(k => ranked[k].Rank!.Value));
    }

    [Fact]
    public void Median_ignores_missing_values_and_takes_the_odd_middle()
    {
        var cells = new Dictionary<string, MetricCell> { ["A"] = Cell(10m), ["B"] = Cell(30m), ["C"] = Cell(null), ["D"] = Cell(50m) };

        var ranked = Ranking.Rank(cells);

        Assert.Equal([-20m, 0m, 20m], new[] { "A", "B", "D" }.Select(k => ranked[k].DiffFromMedian!.Value));
        Assert.Null(ranked["C"].Rank);
    }

    // A count's as-of date is the date phrase right after it, or the nearest before it: never a date that follows a
    // later number in the same sentence.
    [Fact]
    public void Headcount_as_of_search_stops_at_the_next_number()
    {
        var statements = HeadcountParser.Parse("Test data: As of December 31, 2023, we had 7,000 employees, up from 6,500 at December 31, 2022.");

        Assert.Contains(statements, s => s.Employees == 7_000 && s.AsOf == new DateOnly(2023, 12, 31));
        Assert.DoesNotContain(statements, s => s.Employees == 7_000 && s.AsOf == new DateOnly(2022, 12, 31));
    }

    // What follows "dba" names a client or brand, not the employer.
    [Theory]
    [InlineData("ABM Industry Groups, LLC dba Meta", new[] { "abm", "industry", "groups" })]
    [InlineData("Monitronics International, Inc. dba Brinks Home", new[] { "monitronics", "international" })]
    [InlineData("Amazon.com Services LLC d/b/a Amazon Fresh", new[] { "amazoncom", "services" })]
    public void Employer_names_are_cut_before_dba(string employer, string[] tokens) =>
        Assert.Equal(tokens, EmployerNames.Tokens(employer));

    // Where several filings state a figure for one date, the latest filing wins: it carries any restatement.
    [Fact]
    public void Headcount_restated_in_a_later_filing_wins()
    {
        var original = Headcount("2023-12-31", 67_317, filed: "2024-02-02");
        var restated = Headcount("2023-12-31", 67_100, filed: "2025-01-30");

        Assert.Equal(67_100, new PeriodFacts([original, restated], []).HeadcountAt(new DateOnly(2023, 12, 31))!.Employees);
        Assert.Equal(67_100, new PeriodFacts([restated, original], []).HeadcountAt(new DateOnly(2023, 12, 31))!.Employees);
    }

    // A count is "at" a date within FiscalCalendar.ToleranceDays (7) of it.
    [Theory]
    [InlineData("2024-01-07", true)]
    [InlineData("2024-01-08", false)]
    [InlineData("2023-12-24", true)]
    [InlineData("2023-12-23", false)]
    public void Headcount_is_at_a_date_within_seven_days(string asOf, bool found) =>
        Assert.Equal(found, new PeriodFacts([Headcount(asOf, 1_000, "2024-02-02")], []).HeadcountAt(new DateOnly(2023, 12, 31)) is not null);

    [Fact]
    public void Revenue_restated_in_a_later_filing_wins()
    {
        var facts = new PeriodFacts([], [Revenue(100m, filed: "2023-02-01"), Revenue(120m, filed: "2024-02-01"), Revenue(90m, filed: "2022-02-01")]);

        var cell = facts.Money(Metric.Revenue, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        Assert.Equal(120m, cell.Value);
    }

    private static Core.Storage.Entities.HeadcountEntity Headcount(string asOf, long employees, string filed) => new()
    {
        PartitionKey = "X", RowKey = $"{asOf}_{filed}", AsOf = asOf, Employees = employees, Scope = nameof(EmployeeScope.Employees),
        Sentence = "Test data", SourceKind = "sec-filing", Url = $"https://example.test/{filed}.htm", FilingDate = filed, DocumentKey = filed,
    };

    private static Core.Storage.Entities.FinancialEntity Revenue(decimal value, string filed) => new()
    {
        PartitionKey = "X", RowKey = filed, Metric = nameof(Metric.Revenue), Concept = "Revenues", PeriodStart = "2022-01-01", PeriodEnd = "2022-12-31",
        Value = (double)value, Unit = "USD", SourceKind = "sec-companyfacts", Url = $"https://example.test/{filed}.json", Filed = filed, DocumentKey = filed,
    };

    private static MetricCell Cell(decimal? value) =>
        new(value, "USD", null, value is null ? [] : [new Citation("sec-filing", "https://example.test/10k.htm", "0000000000-23-000001", "10-K", "Test data")]);
}
