using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using static IndustryTracker.Tests.Layoffs.LayoffReconcilerTests;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>
/// Issue 14 §2 on the reconciler: narrowing a round's date with evidence (and saying how), fiscal quarters through the
/// company's calendar, headlines built from the event's fields beside the source sentence, a count and a charge stated
/// in one sentence. Statements are built by hand from the sentences the fixtures hold.
/// </summary>
public sealed class LayoffReconcilerDatingTests
{
    private const string Meta2022Layoff = "This includes a facilities consolidation strategy to sublease, early terminate, or abandon several office buildings under operating leases, a layoff of approximately 11,000 employees across the FoA and RL segments, and a pivot towards a next generation data center design, including cancellation of multiple data center projects (the “2022 Restructuring”).";
    private const string BeginningInNovember = "Beginning in November 2022, we took a number of steps to reduce our expense base.";

    private static readonly Company Meta = new("META", 1326801, "Meta Platforms, Inc.", "1231", [], []);
    private static readonly Company Microsoft = new("MSFT", 789019, "Microsoft Corporation", "0630", [], []);

    [Fact]
    public void Reconcile_Meta2022_YearNarrowedToNovemberByTheFilingAndCorroboratedByWarn()
    {
        var layoff = Report("META", "2023-07-27", 11_000, CountQualifier.Approximate, Meta2022Layoff, announced: ("2022-01-01", DatePrecision.Year));
        var timing = Report("META", "2024-02-02", null, null, BeginningInNovember, announced: ("2022-11-01", DatePrecision.Month), kind: StatementKind.Timing);

        var round = Assert.Single(LayoffReconciler.Reconcile("META", [layoff, timing], [Notice("META", "WA", "2022-11-11", 307, 1), Notice("META", "WA", "2022-11-11", 419, 2)], Meta));

        Assert.Equal(("META-2022-11-01", "2022-11", "2022-11-01"), (round.Id, round.Announced, round.AnnouncedFrom));
        Assert.Equal(
            "narrowed from 2022 by \"Beginning in November 2022, we took a number of steps to reduce our expense base.\" (10-K of 2024-02-02) and 2 WARN notices received 2022-11-11 to 2022-11-11",
            round.DateNote);
        Assert.Equal("Meta Platforms: layoff of about 11,000 employees (2022 Restructuring)", round.Headline);
        Assert.Equal(Meta2022Layoff, round.Sentence);
        Assert.Equal([Meta2022Layoff, BeginningInNovember], round.Sources.Select(s => s.Sentence));
        Assert.Equal((11_000L, "Approximate", 726), (round.Count!.Value, round.CountQualifier, round.WarnWorkers));
    }

    [Fact]
    public void Reconcile_WarnNoticeBeforeTheNarrowedMonth_KeepsTheYearAndSaysNothingNarrowed()
    {
        // A notice of October cannot follow a decision first taken in November: the evidence disagrees, so no narrowing.
        var layoff = Report("META", "2023-07-27", 11_000, CountQualifier.Approximate, Meta2022Layoff, announced: ("2022-01-01", DatePrecision.Year));
        var timing = Report("META", "2024-02-02", null, null, BeginningInNovember, announced: ("2022-11-01", DatePrecision.Month), kind: StatementKind.Timing);

        var round = Assert.Single(LayoffReconciler.Reconcile("META", [layoff, timing], [Notice("META", "WA", "2022-10-03", 50, 1)], Meta));

        Assert.Equal(("META-2022-01-01", "2022", (string?)null), (round.Id, round.Announced, round.DateNote));
    }

    [Fact]
    public void Reconcile_TimingAlone_FormsNoRound()
    {
        var timing = Report("META", "2024-02-02", null, null, BeginningInNovember, announced: ("2022-11-01", DatePrecision.Month), kind: StatementKind.Timing);

        Assert.Empty(LayoffReconciler.Reconcile("META", [timing], [], Meta));
    }

    [Fact]
    public void Reconcile_TimingInsideTwoRoundsOfItsYear_NarrowsNeither()
    {
        var first = Report("X", "2023-02-01", 1_000, CountQualifier.Exact, "In 2022, we eliminated 1,000 roles.", announced: ("2022-01-01", DatePrecision.Year));
        var second = Report("X", "2023-02-01", 5_000, CountQualifier.Exact, "In 2022, we also laid off 5,000 employees.", announced: ("2022-01-01", DatePrecision.Year));
        var timing = Report("X", "2023-02-01", null, null, "Beginning in June 2022, we began layoffs.", announced: ("2022-06-01", DatePrecision.Month), kind: StatementKind.Timing);

        var events = LayoffReconciler.Reconcile("X", [first, second, timing], []);

        Assert.Equal(["2022", "2022"], events.Select(e => e.Announced));
        Assert.All(events, e => Assert.Null(e.DateNote));
    }

    [Fact]
    public void Reconcile_FiscalQuarter_ResolvedThroughTheCompanysFiscalYearAndSaid()
    {
        // Microsoft's fiscal year ends June 30: the second quarter of fiscal 2024 is October to December 2023.
        var statement = Report("MSFT", "2024-01-30", 1_500, CountQualifier.Approximate, "In the second quarter of fiscal 2024, we initiated a plan to eliminate approximately 1,500 roles.") with { };
        statement = statement with { Statement = statement.Statement with { AnnouncedPrecision = DatePrecision.Quarter, AnnouncedFiscal = new FiscalQuarter(2024, 2) } };

        var round = Assert.Single(LayoffReconciler.Reconcile("MSFT", [statement], [], Microsoft));

        Assert.Equal(("MSFT-2023-10-01", "FY2024-Q2 (2023-10-01..2023-12-31)", "2023-10-01"), (round.Id, round.Announced, round.AnnouncedFrom));
        Assert.Equal("stated as fiscal quarter FY2024-Q2; resolved to 2023-10-01..2023-12-31 through the company's fiscal year", round.DateNote);
        Assert.Equal("count from a filing statement", round.Basis);
        Assert.Equal("Microsoft: layoff of about 1,500 roles (announced FY2024-Q2 (2023-10-01..2023-12-31))", round.Headline);
    }

    [Fact]
    public void Reconcile_FiscalQuarterWithoutTheCompany_IsNotGuessed()
    {
        var statement = Report("MSFT", "2024-01-30", 1_500, CountQualifier.Approximate, "In the second quarter of fiscal 2024, we initiated a plan to eliminate approximately 1,500 roles.");
        statement = statement with { Statement = statement.Statement with { AnnouncedPrecision = DatePrecision.Quarter, AnnouncedFiscal = new FiscalQuarter(2024, 2) } };

        var round = Assert.Single(LayoffReconciler.Reconcile("MSFT", [statement], []));

        Assert.Equal(("MSFT-2024-01-30", "announcement date not stated; the filing's date stands in"), (round.Id, round.DateNote));
    }

    [Fact]
    public void Reconcile_10QRestatingAnEarlierPlan_AttachesToItsRoundNotANewOneAtTheFilingDate()
    {
        // Meta 10-Q Q2 2023 restates the March 2023 plan without a date in the sentence; the letter dated it.
        var letter = Letter("META", "2023-03-14", 10_000, CountQualifier.Approximate, "newsroom", "we expect to reduce our team size by around 10,000 people and to close around 5,000 additional open roles that we haven't yet hired");
        var restated = Report("META", "2023-07-27", 10_000, CountQualifier.Approximate, "In connection with these layoffs, we expect to reduce our company size by approximately 10,000 employees.");

        var round = Assert.Single(LayoffReconciler.Reconcile("META", [letter, restated], [], Meta));

        Assert.Equal(("META-2023-03-14", "2023-03-14", (string?)null, 2), (round.Id, round.Announced, round.DateNote, round.Sources.Count));
    }

    [Fact]
    public void Reconcile_CountAndChargeInOneSentence_BothOnTheEventEachCited()
    {
        // Synthetic wording of the class: a plan stated with its count and its cost in one sentence.
        const string Sentence = "On February 1, 2024, we approved a plan to eliminate approximately 4,000 positions and incur $300 million of severance costs.";
        var plan = Report("X", "2024-02-01", 4_000, CountQualifier.Approximate, Sentence, announced: ("2024-02-01", DatePrecision.Day), charges: 300_000_000m);

        var round = Assert.Single(LayoffReconciler.Reconcile("X", [plan], []));

        Assert.Equal((4_000L, 300_000_000m), (round.Count!.Value, round.ChargesUsd!.Value));
        var source = Assert.Single(round.Sources);
        Assert.Equal((4_000L, 300_000_000m, Sentence), (source.Count!.Value, source.ChargesUsd!.Value, source.Sentence));
        Assert.Equal("X: layoff of about 4,000 positions (announced 2024-02-01)", round.Headline);
    }

    [Fact]
    public void Reconcile_PercentOnly_HeadlineStatesThePercentAndNoCount()
    {
        const string Sentence = "On June 25, 2024, the Board of Directors of Pixelworks approved a restructuring plan to make the operation of the company more efficient and which would result in an approximately 16% reduction in workforce, in the areas of operations, research and development, sales, marketing and administration.";
        var plan = Report("PXLW", "2024-06-27", null, null, Sentence, announced: ("2024-06-25", DatePrecision.Day));
        plan = plan with { Statement = plan.Statement with { PercentOfWorkforce = 16m } };

        var round = Assert.Single(LayoffReconciler.Reconcile("PXLW", [plan], []));

        Assert.Equal(((long?)null, 16m, "PXLW: workforce reduction of 16% (no count stated) (announced 2024-06-25)"), (round.Count, round.PercentOfWorkforce!.Value, round.Headline));
        Assert.Equal(Sentence, round.Sentence);
    }

    [Fact]
    public void Reconcile_ChargesOnly_HeadlineSaysNoCount()
    {
        const string Sentence = "In January 2023, we announced a reduction of our workforce, and as a result we recorded employee severance and related charges of $2.1 billion for the year ended December 31, 2023.";
        var charge = Report("GOOGL", "2024-01-31", null, null, Sentence, announced: ("2023-01-01", DatePrecision.Month), kind: StatementKind.Charge, charges: 2_100_000_000m);

        var round = Assert.Single(LayoffReconciler.Reconcile("GOOGL", [charge], [], new Company("GOOGL", 1652044, "Alphabet Inc.", "1231", [], [])));

        Assert.Equal("Alphabet: workforce reduction with $2.1 billion of severance and related charges (no count stated) (announced 2023-01)", round.Headline);
        Assert.Equal(Sentence, round.Sentence);
    }

    [Theory]
    [InlineData("Meta Platforms, Inc.", "Meta Platforms")]
    [InlineData("Microsoft Corporation", "Microsoft")]
    [InlineData("Amazon.com, Inc.", "Amazon.com")]
    [InlineData("Alphabet Inc.", "Alphabet")]
    public void Reconcile_CompanyName_LegalSuffixDropped(string name, string expected)
    {
        var letter = Letter("X", "2023-01-18", 100, CountQualifier.Exact, "newsroom", "We laid off 100 employees.");

        var round = Assert.Single(LayoffReconciler.Reconcile("X", [letter], [], new Company("X", 1, name, "1231", [], [])));

        Assert.StartsWith(expected + ": layoff of 100 employees", round.Headline, StringComparison.Ordinal);
    }
}
