using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using static IndustryTracker.Tests.Layoffs.LayoffReconcilerTests;

namespace IndustryTracker.Tests.Edges;

/// <summary>
/// The layoff-round rules that mutation testing found unchecked: date windows and their labels, WARN clusters,
/// the cumulative look-back, ids of rounds on the same day, and the served basis and summary texts. Statements and
/// notices are test data built by hand (marked so): what is under test is the rule.
/// </summary>
public sealed class LayoffRoundEdgeTests
{
    [Theory]
    [InlineData("2023-01-18", DatePrecision.Day, "2023-01-18", "2023-01-18")]
    [InlineData("2023-02-01", DatePrecision.Month, "2023-02-28", "2023-02")]
    [InlineData("2022-10-01", DatePrecision.Quarter, "2022-12-31", "2022-Q4")]
    [InlineData("2023-04-01", DatePrecision.Quarter, "2023-06-30", "2023-Q2")]
    [InlineData("2022-01-01", DatePrecision.Year, "2022-12-31", "2022")]
    public void Date_window_covers_what_the_text_names_and_is_labelled_as_precisely(string start, DatePrecision precision, string end, string label)
    {
        var window = DateWindow.Of(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), precision);

        Assert.Equal((DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), label), (window.End, window.Label()));
    }

    [Fact]
    public void Days_between_windows_are_counted_from_the_nearer_ends_either_way_and_are_zero_when_they_overlap()
    {
        var january10 = DateWindow.Of(new(2023, 1, 10), DatePrecision.Day);
        var january31 = DateWindow.Of(new(2023, 1, 31), DatePrecision.Day);
        var march = DateWindow.Of(new(2023, 3, 1), DatePrecision.Month);
        var q1 = DateWindow.Of(new(2023, 1, 1), DatePrecision.Quarter);

        Assert.Equal(21, january10.DaysFrom(january31));
        Assert.Equal(21, january31.DaysFrom(january10));
        Assert.Equal(29, january31.DaysFrom(march)); // 2023-01-31 to 2023-03-01
        Assert.Equal(29, march.DaysFrom(january31));
        Assert.Equal(0, q1.DaysFrom(march));
        Assert.Equal(0, march.DaysFrom(q1));
        Assert.Equal(0, january10.DaysFrom(january10));
    }

    // Notices that join no round form WARN-only events, a new one when a notice comes more than 30 days after the
    // first notice of the current cluster.
    [Theory]
    [InlineData("2023-01-31", new[] { "X-warn-2023-01-01" })]                        // 30 days: same cluster
    [InlineData("2023-02-01", new[] { "X-warn-2023-01-01", "X-warn-2023-02-01" })]   // 31 days: a new one
    public void Warn_only_notices_cluster_within_30_days_of_the_clusters_first(string second, string[] ids)
    {
        var events = LayoffReconciler.Reconcile("X", [], [Notice("X", "WA", "2023-01-01", 100, 1), Notice("X", "WA", second, 50, 2)]);

        Assert.Equal(ids, events.Select(e => e.Id));
        Assert.Equal(ids.Length == 1 ? [150L] : [100L, 50L], events.Select(e => e.Count));
    }

    [Fact]
    public void Warn_only_event_says_it_is_the_sum_of_its_notices()
    {
        var e = Assert.Single(LayoffReconciler.Reconcile("X", [], [Notice("X", "WA", "2023-01-20", 300, 2), Notice("X", "CA", "2023-01-05", 250, 1)]));

        Assert.Equal(("X-warn-2023-01-05", "2023-01-05", 550L, 550L, "sum of WARN notices", 550), (e.Id, e.Announced, e.Count, e.AddedCount, e.CountQualifier, e.WarnWorkers));
        Assert.Equal("WARN notices only: count is the sum of their workers", e.Basis);
        Assert.Equal("2 WARN notices, 550 workers, received 2023-01-05 to 2023-01-20", e.Sentence);
        Assert.Equal(["CA", "WA"], e.Warn.Select(w => w.State));
        Assert.Equal(["2023-01-05", "2023-01-20"], e.Warn.Select(w => w.Received));
    }

    [Fact]
    public void A_notice_before_every_round_does_not_join_one()
    {
        var statement = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of 10,000 jobs.");

        var events = LayoffReconciler.Reconcile("X", [statement], [Notice("X", "WA", "2023-01-17", 80, 1)]);

        Assert.Equal(["X-warn-2023-01-17", "X-2023-01-18"], events.Select(e => e.Id));
        Assert.Empty(events[1].Warn);
    }

    // A cumulative statement includes the rounds that started at most 90 days before it.
    [Theory]
    [InlineData("2022-10-20", 8_000L, new[] { "X-2022-10-20" })] // 90 days before 2023-01-18: included
    [InlineData("2022-10-19", 18_000L, new string[0])]           // 91 days: not included
    public void Cumulative_statement_includes_rounds_up_to_90_days_before(string earlier, long added, string[] includes)
    {
        var first = Letter("X", earlier, 10_000, CountQualifier.Exact, "newsroom", "Test data: 10,000 roles.");
        var cumulative = Letter("X", "2023-01-18", 18_000, CountQualifier.MoreThan, "newsroom", "Test data: just over 18,000 roles in all.", cumulative: true);

        var events = LayoffReconciler.Reconcile("X", [first, cumulative], []);

        var last = events[^1];
        Assert.Equal(("X-2023-01-18", 18_000L, added), (last.Id, last.Count, last.AddedCount));
        Assert.Equal(includes, last.Includes);
        Assert.Equal(10_000L, events[0].AddedCount);
        Assert.Empty(events[0].Includes);
    }

    [Fact]
    public void A_cumulative_statement_never_adds_a_negative_count()
    {
        var first = Letter("X", "2023-01-01", 10_000, CountQualifier.Exact, "newsroom", "Test data: 10,000 roles.");
        var cumulative = Letter("X", "2023-02-01", 9_000, CountQualifier.Exact, "newsroom", "Test data: 9,000 roles in all.", cumulative: true);

        var events = LayoffReconciler.Reconcile("X", [first, cumulative], []);

        Assert.Equal([10_000L, 0L], events.Select(e => e.AddedCount));
    }

    [Fact]
    public void Two_rounds_on_the_same_day_get_distinct_ids()
    {
        var small = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "newsroom", "Test data: 1,000 roles in sales.");
        var large = Letter("X", "2023-01-10", 5_000, CountQualifier.Exact, "newsroom", "Test data: 5,000 roles in engineering.");
        var third = Letter("X", "2023-01-10", 20_000, CountQualifier.Exact, "newsroom", "Test data: 20,000 roles in retail.");

        var events = LayoffReconciler.Reconcile("X", [small, large, third], []);

        Assert.Equal(["X-2023-01-10", "X-2023-01-10-2", "X-2023-01-10-3"], events.Select(e => e.Id));
    }

    [Fact]
    public void An_undated_report_recounting_no_earlier_round_is_dated_by_its_filing_and_says_so()
    {
        var report = Report("X", "2024-02-02", 4_000, CountQualifier.Approximate, "Test data: we reduced our workforce by approximately 4,000 roles");

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [report], []));

        Assert.Equal(("X-2024-02-02", "2024-02-02", 4_000L, "Approximate"), (e.Id, e.Announced, e.Count, e.CountQualifier));
        Assert.Equal("count from a filing statement; announcement date not stated, filing date used", e.Basis);
        Assert.Equal("Test data: we reduced our workforce by approximately 4,000 roles", e.Sentence);
    }

    [Fact]
    public void A_letter_dating_the_round_to_the_day_replaces_the_reports_month()
    {
        var report = Report("X", "2023-07-27", 10_000, CountQualifier.Approximate, "Test data: in January 2023 we announced a reduction of approximately 10,000 roles", announced: ("2023-01-01", DatePrecision.Month));
        var letter = Letter("X", "2023-01-18", 10_000, CountQualifier.Approximate, "newsroom", "Test data: we will reduce our workforce by around 10,000 roles.");

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [report, letter], []));

        Assert.Equal(("X-2023-01-18", "2023-01-18", "2023-01-18"), (e.Id, e.Announced, e.AnnouncedFrom));
        // The filing is the headline, the newsroom post is evidence.
        Assert.Equal("count from a filing statement", e.Basis);
        Assert.Equal(["2023-01-18", "2023-07-27"], e.Sources.Select(s => s.Date));
    }

    [Fact]
    public void A_statement_without_a_count_says_so()
    {
        var letter = Letter("X", "2023-03-14", null, null, "newsroom", "Test data: we will reduce the size of our recruiting team.");

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [letter], []));

        Assert.Equal((null, null, null), (e.Count, e.AddedCount, e.CountQualifier));
        Assert.Equal("newsroom statement without a count", e.Basis);
    }

    [Fact]
    public void A_dated_charge_alone_is_a_round_with_charges_and_no_count()
    {
        var charge = Report("X", "2023-04-27", null, null, "Test data: we recorded charges of $1.1 billion for severance", announced: ("2023-01-01", DatePrecision.Quarter), kind: StatementKind.Charge, charges: 1_100_000_000m);

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [charge], []));

        Assert.Equal(("X-2023-01-01", "2023-Q1", null, 1_100_000_000m), (e.Id, e.Announced, e.Count, e.ChargesUsd));
        Assert.Equal("charges reported; no count stated", e.Basis);
        Assert.Equal("Test data: we recorded charges of $1.1 billion for severance", e.Sentence);
    }

    [Fact]
    public void The_latest_reports_charge_is_the_rounds_charge()
    {
        var letter = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of 10,000 jobs.");
        var q1 = Report("X", "2023-04-27", null, null, "Test data: charges of $1.0 billion", announced: ("2023-01-18", DatePrecision.Day), kind: StatementKind.Charge, charges: 1_000_000_000m);
        var q2 = Report("X", "2023-07-27", null, null, "Test data: charges of $1.2 billion", announced: ("2023-01-18", DatePrecision.Day), kind: StatementKind.Charge, charges: 1_200_000_000m);

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [q2, letter, q1], []));

        Assert.Equal(1_200_000_000m, e.ChargesUsd);
        Assert.Equal("Test data: a reduction of 10,000 jobs.", e.Sentence);
    }

    [Fact]
    public void An_undated_charge_joins_the_only_round_before_it_but_not_one_of_two()
    {
        var january = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "sec-exhibit", "Test data: 1,000 roles.");
        var march = Letter("X", "2023-03-10", 5_000, CountQualifier.Exact, "sec-exhibit", "Test data: 5,000 roles.");
        var charge = Report("X", "2024-02-02", null, null, "Test data: severance charges of $500 million", kind: StatementKind.Charge, charges: 500_000_000m);

        var one = LayoffReconciler.Reconcile("X", [january, charge], []);
        var two = LayoffReconciler.Reconcile("X", [january, march, charge], []);

        Assert.Equal(500_000_000m, Assert.Single(one).ChargesUsd);
        Assert.Equal([null, null], two.Select(e => e.ChargesUsd));
    }

    [Fact]
    public void Percent_and_time_frame_come_from_the_rounds_statements()
    {
        var letter = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "newsroom", "Test data: about 5% of our workforce.", percent: 5m);

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [letter], []));

        Assert.Equal(5m, e.PercentOfWorkforce);
    }

    [Fact]
    public void Statements_of_other_companies_and_their_notices_are_left_out()
    {
        var mine = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "newsroom", "Test data: 10,000 roles.");
        var theirs = Letter("Y", "2023-01-18", 10_000, CountQualifier.Exact, "newsroom", "Test data: 10,000 roles.");

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [mine, theirs], [Notice("Y", "WA", "2023-01-20", 99, 1)]));

        Assert.Empty(e.Warn);
        Assert.Single(e.Sources);
    }

    [Fact]
    public void A_statement_that_could_join_two_rounds_joins_the_nearer()
    {
        // Statements are placed in date order, so both rounds exist before the third statement, whose missing count
        // agrees with either.
        var early = Letter("X", "2023-01-01", 1_000, CountQualifier.Exact, "newsroom", "Test data: 1,000 roles.");
        var later = Letter("X", "2023-01-12", 5_000, CountQualifier.Exact, "newsroom", "Test data: 5,000 roles.");
        var uncounted = Letter("X", "2023-01-20", null, null, "newsroom", "Test data: further reductions in our devices team.");

        var events = LayoffReconciler.Reconcile("X", [early, later, uncounted], []);

        // 19 days from the early round, 8 from the later one: it joins the later one.
        Assert.Equal(["X-2023-01-01", "X-2023-01-12"], events.Select(e => e.Id));
        Assert.Equal([1, 2], events.Select(e => e.Sources.Count));
        Assert.Equal([1_000L, 5_000L], events.Select(e => e.Count));
    }

    [Fact]
    public void The_headline_is_a_filing_with_a_count_stated_most_precisely_and_earliest()
    {
        var noCount = Report("X", "2023-02-02", null, null, "Test data: we reduced headcount in the quarter", announced: ("2023-01-18", DatePrecision.Day));
        var month = Report("X", "2023-04-27", 10_000, CountQualifier.Approximate, "Test data: in January approximately 10,000 roles", announced: ("2023-01-01", DatePrecision.Month));
        var dayLater = Report("X", "2023-07-27", 10_000, CountQualifier.Exact, "Test data: on January 18 10,000 roles (later report)", announced: ("2023-01-18", DatePrecision.Day));
        var dayEarlier = Report("X", "2023-04-28", 10_000, CountQualifier.Exact, "Test data: on January 18 10,000 roles (earlier report)", announced: ("2023-01-18", DatePrecision.Day));

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [noCount, month, dayLater, dayEarlier], []));

        Assert.Equal("Test data: on January 18 10,000 roles (earlier report)", e.Sentence);
        Assert.Equal(("Exact", 10_000L), (e.CountQualifier, e.Count));
    }

    [Fact]
    public void A_cumulative_statement_includes_neither_WARN_only_events_nor_a_round_of_the_same_day()
    {
        var warn = Notice("X", "WA", "2023-01-02", 400, 1);
        var sameDay = Letter("X", "2023-02-15", 1_000, CountQualifier.Exact, "newsroom", "Test data: 1,000 roles in devices.");
        var cumulative = Letter("X", "2023-02-15", 18_000, CountQualifier.MoreThan, "sec-exhibit", "Test data: just over 18,000 roles in all.", cumulative: true);

        var events = LayoffReconciler.Reconcile("X", [sameDay, cumulative], [warn]);

        var all = Assert.Single(events, e => e.Count == 18_000);
        Assert.Empty(all.Includes);
        Assert.Equal(18_000L, all.AddedCount);
    }

    [Fact]
    public void Notices_of_one_day_are_listed_by_state_then_by_row()
    {
        var statement = Letter("X", "2023-01-18", 10_000, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of 10,000 jobs.");
        WarnEvidence[] notices =
        [
            Notice("X", "WA", "2023-01-20", 10, 2, site: "Redmond"),
            Notice("X", "CA", "2023-01-20", 20, 9, site: "Sunnyvale"),
            Notice("X", "WA", "2023-01-20", 30, 1, site: "Bellevue"),
        ];

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [statement], notices));

        Assert.Equal(["Sunnyvale", "Bellevue", "Redmond"], e.Warn.Select(w => w.Site));
        Assert.Equal(60, e.WarnWorkers);
    }

    [Fact]
    public void A_notice_without_a_site_is_served_with_its_location()
    {
        var notice = new WarnEvidence("X", true, new WarnNotice("WA", "X Fresh", null, "Seattle", 25, new DateOnly(2023, 1, 20), new DateOnly(2023, 3, 20), WarnNoticeKind.Layoff, null, false, 4), "https://example.test/warn/WA.csv");

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [], [notice]));

        Assert.Equal(new LayoffWarn("WA", "X Fresh", "Seattle", 25, "2023-01-20", "2023-03-20", true, "https://example.test/warn/WA.csv"), Assert.Single(e.Warn));
    }

    [Fact]
    public void An_undated_charge_is_listed_once_among_the_rounds_sources()
    {
        var january = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "sec-exhibit", "Test data: 1,000 roles.");
        var charge = Report("X", "2024-02-02", null, null, "Test data: severance charges of $500 million", kind: StatementKind.Charge, charges: 500_000_000m);

        var e = Assert.Single(LayoffReconciler.Reconcile("X", [january, charge], []));

        Assert.Equal(["2023-01-10", "2024-02-02"], e.Sources.Select(s => s.Date));
        Assert.Equal("X-2023-01-10", e.Id);
    }
}
