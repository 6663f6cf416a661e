using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>
/// The reconciliation rules on the statements quoted in ../shared/fixtures/README.md and the WARN notices the
/// replay wa.csv records (worker counts and dates as the issue lists them). Statements are built by hand here so the
/// rules are tested apart from the extractor; the replay-run tests put both together.
/// </summary>
public sealed class LayoffReconcilerTests
{
    [Fact]
    public void Reconcile_MicrosoftJanuary2023_AttachesWashingtonNoticesWithin120Days()
    {
        var statement = Letter("MSFT", "2023-01-18", 10_000, CountQualifier.Exact, "sec-exhibit", "we will be making changes that will result in the reduction of our overall workforce by 10,000 jobs through the end of FY23 Q3");
        var notices = new[] { ("2023-01-18", 878), ("2023-02-09", 617), ("2023-03-06", 689), ("2023-03-27", 559), ("2023-05-09", 158), ("2023-06-05", 22), ("2023-07-10", 276) }
            .Select((n, i) => Notice("MSFT", "WA", n.Item1, n.Item2, i + 1));

        var events = LayoffReconciler.Reconcile("MSFT", [statement], notices);

        var round = events.Single(e => e.Id == "MSFT-2023-01-18");
        Assert.Equal((10_000L, 10_000L, "2023-01-18"), (round.Count, round.AddedCount, round.Announced));
        Assert.Equal([878, 617, 689, 559, 158], round.Warn.Select(w => w.Workers ?? 0));
        Assert.Equal(878 + 617 + 689 + 559 + 158, round.WarnWorkers);
        Assert.Equal("count from a filing statement", round.Basis);
        var warnOnly = events.Where(e => e.Id.StartsWith("MSFT-warn-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["MSFT-warn-2023-06-05", "MSFT-warn-2023-07-10"], warnOnly.Select(e => e.Id));
        Assert.Equal([22L, 276L], warnOnly.Select(e => e.Count ?? 0));
        Assert.All(warnOnly, e => Assert.StartsWith("WARN notices only", e.Basis, StringComparison.Ordinal));
    }

    [Fact]
    public void Reconcile_MetaNovember2022_LetterAnd10KAreOneRoundWithSeattleAndBellevueNotices()
    {
        var letter = Letter("META", "2022-11-09", 11_000, CountQualifier.MoreThan, "newsroom", "I've decided to reduce the size of our team by about 13% and let more than 11,000 of our talented employees go.", percent: 13);
        var report = Report("META", "2024-02-02", 11_000, CountQualifier.Approximate, "a layoff of approximately 11,000 employees across the FoA and RL segments", announced: ("2022-10-01", DatePrecision.Quarter));
        var march = Report("META", "2024-02-02", 10_000, CountQualifier.Approximate, "In March 2023, we announced three rounds of planned layoffs to further reduce our company size by approximately 10,000 employees", announced: ("2023-03-01", DatePrecision.Month));

        var events = LayoffReconciler.Reconcile("META", [letter, report, march], [Notice("META", "WA", "2022-11-11", 307, 1, "Bellevue"), Notice("META", "WA", "2022-11-11", 419, 2, "Seattle")]);

        Assert.Equal(2, events.Count);
        var november = events[0];
        Assert.Equal(("META-2022-11-09", "2022-11-09", 11_000L, "Approximate", 13m), (november.Id, november.Announced, november.Count, november.CountQualifier, november.PercentOfWorkforce));
        Assert.Equal(2, november.Sources.Count);
        Assert.Equal(726, november.WarnWorkers);
        Assert.Equal(("META-2023-03-01", "2023-03", 10_000L), (events[1].Id, events[1].Announced, events[1].Count));
    }

    [Fact]
    public void Reconcile_AmazonCumulativeStatement_AddsOnlyWhatEarlierRoundsDidNot()
    {
        var november = Letter("AMZN", "2022-11-16", 10_000, CountQualifier.Approximate, "newsroom", "Test data: we are eliminating approximately 10,000 roles.");
        var january = Letter("AMZN", "2023-01-04", 18_000, CountQualifier.JustOver, "newsroom", "we plan to eliminate just over 18,000 roles", cumulative: true);
        var march = Letter("AMZN", "2023-03-20", 9_000, CountQualifier.Approximate, "newsroom", "we intend to eliminate about 9,000 more positions in the next few weeks");

        var events = LayoffReconciler.Reconcile("AMZN", [november, january, march], []);

        Assert.Equal(["AMZN-2022-11-16", "AMZN-2023-01-04", "AMZN-2023-03-20"], events.Select(e => e.Id));
        Assert.Equal((18_000L, 8_000L), (events[1].Count, events[1].AddedCount));
        Assert.Equal(["AMZN-2022-11-16"], events[1].Includes);
        Assert.Equal(10_000 + 8_000 + 9_000, events.Sum(e => e.AddedCount ?? 0));
    }

    [Fact]
    public void Reconcile_SameRoundStatements_FilingIsHeadlineOverNewsroom()
    {
        var newsroom = Letter("GOOGL", "2023-01-20", 12_000, CountQualifier.Approximate, "newsroom", "We've decided to reduce our workforce by approximately 12,000 roles.");
        var filing = Letter("GOOGL", "2023-01-20", 11_500, CountQualifier.Exact, "sec-exhibit", "Test data: a reduction of 11,500 roles.");

        var round = Assert.Single(LayoffReconciler.Reconcile("GOOGL", [newsroom, filing], []));

        Assert.Equal((11_500L, "count from a filing statement"), (round.Count, round.Basis));
    }

    [Fact]
    public void Reconcile_CountsMoreThanTenPercentApart_AreSeparateRounds()
    {
        var a = Letter("X", "2023-01-10", 1_000, CountQualifier.Exact, "newsroom", "Test data: 1,000 roles.");
        var b = Letter("X", "2023-01-20", 2_000, CountQualifier.Exact, "newsroom", "Test data: 2,000 roles.");

        Assert.Equal(2, LayoffReconciler.Reconcile("X", [a, b], []).Count);
    }

    [Fact]
    public void Reconcile_ChargeWithoutCount_AttachesToTheRoundItDates()
    {
        var letter = Letter("GOOGL", "2023-01-20", 12_000, CountQualifier.Approximate, "newsroom", "We've decided to reduce our workforce by approximately 12,000 roles.");
        var charge = Report("GOOGL", "2024-01-30", null, null, "In January 2023, we announced a reduction of our workforce, and as a result we recorded employee severance and related charges of $2.1 billion.", announced: ("2023-01-01", DatePrecision.Month), kind: StatementKind.Charge, charges: 2_100_000_000m);

        var round = Assert.Single(LayoffReconciler.Reconcile("GOOGL", [letter, charge], []));

        Assert.Equal((12_000L, 2_100_000_000m, "2023-01-20"), (round.Count, round.ChargesUsd, round.Announced));
    }

    [Fact]
    public void Reconcile_RoundKnownOnlyToItsYear_AttachesNoticesFromAnywhereInIt()
    {
        // Meta's 10-K dates the ~11,000 layoff only as "in 2022"; the Washington notices of November still belong to it.
        var report = Report("META", "2024-02-02", 11_000, CountQualifier.Approximate, "a layoff of approximately 11,000 employees", announced: ("2022-01-01", DatePrecision.Year));

        var round = Assert.Single(LayoffReconciler.Reconcile("META", [report], [Notice("META", "WA", "2022-11-11", 307, 1), Notice("META", "WA", "2022-11-11", 419, 2)]));

        Assert.Equal(("META-2022-01-01", "2022", 726), (round.Id, round.Announced, round.WarnWorkers));
    }

    [Fact]
    public void Reconcile_SameFactsTwice_GivesTheSameEvents()
    {
        var statements = new[]
        {
            Letter("META", "2022-11-09", 11_000, CountQualifier.MoreThan, "newsroom", "let more than 11,000 of our talented employees go"),
            Letter("META", "2023-03-14", 10_000, CountQualifier.Approximate, "newsroom", "we expect to reduce our team size by around 10,000 people"),
        };
        var notices = new[] { Notice("META", "WA", "2022-11-11", 307, 1), Notice("META", "CA", "2023-05-01", 50, 2) };

        var first = LayoffReconciler.Reconcile("META", statements, notices);
        var second = LayoffReconciler.Reconcile("META", statements.Reverse(), notices.Reverse());

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
    }

    internal static StatementEvidence Letter(string ticker, string date, long? count, CountQualifier? qualifier, string kind, string sentence, decimal? percent = null, bool cumulative = false)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var statement = new WorkforceStatement(StatementKind.Reduction, count, qualifier, percent, null, null, null, null, cumulative, sentence);
        var form = kind == "sec-exhibit" ? "8-K" : null;
        return new StatementEvidence(ticker, statement, new Provenance(kind, $"https://example.test/{ticker}/{date}", null, form, day, $"{kind}:{date}"), day);
    }

    internal static StatementEvidence Report(string ticker, string filed, long? count, CountQualifier? qualifier, string sentence, (string Date, DatePrecision Precision)? announced = null, StatementKind kind = StatementKind.Reduction, decimal? charges = null)
    {
        var day = DateOnly.Parse(filed, System.Globalization.CultureInfo.InvariantCulture);
        var on = announced is { } a ? DateOnly.Parse(a.Date, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var statement = new WorkforceStatement(kind, count, qualifier, null, on, announced?.Precision, null, charges, false, sentence);
        return new StatementEvidence(ticker, statement, new Provenance("sec-filing", $"https://example.test/{ticker}/10-k", "0000000000-24-000001", "10-K", day, "10-K"), day);
    }

    internal static WarnEvidence Notice(string ticker, string state, string received, int workers, int row, string? site = null) =>
        new(ticker, false, new WarnNotice(state, ticker + " test employer", site, null, workers, DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), null, WarnNoticeKind.Layoff, null, false, row), $"https://example.test/warn/{state}.csv");
}
