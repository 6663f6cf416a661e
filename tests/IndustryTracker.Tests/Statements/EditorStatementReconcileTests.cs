using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Statements;

namespace IndustryTracker.Tests.Statements;

/// <summary>
/// Editor statements in the reconciler (pure): a secondary source, reconciled like any other, shown as what it is, and
/// never taking the headline from a filing without the basis saying so. Real wording, quoted with its source.
/// </summary>
public sealed class EditorStatementReconcileTests
{
    private static readonly DateTimeOffset AddedAt = new(2025, 7, 3, 9, 30, 0, TimeSpan.Zero);

    // CBS News, 2025-07-02, https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/
    private static readonly EditorStatement Microsoft = new(
        "2025-07-02-cbs", "MSFT", new DateOnly(2025, 7, 2), 9_000, null, "https://www.cbsnews.com/news/microsoft-layoffs-9000-workers/",
        "Microsoft, a leading U.S. software company, is laying off 4% of its workforce, or about 9,000 workers, in a new round of job cuts, the company said Wednesday.",
        "CBS News", "desk@example.org", AddedAt);

    // The West Australian (Reuters), 2023-03-14, https://thewest.com.au/business/mark-zuckerbergs-meta-platforms-to-axe-10000-jobs-close-off-5000-open-positions-c-10044519
    private static readonly EditorStatement Meta = new(
        "2023-03-14-west", "META", new DateOnly(2023, 3, 14), 10_000, null, "https://thewest.com.au/business/mark-zuckerbergs-meta-platforms-to-axe-10000-jobs-close-off-5000-open-positions-c-10044519",
        "Meta Platforms plans to lay off about 10,000 employees and close about 5000 additional open roles in its second major round of job cuts in the past six months.",
        "The West Australian (Reuters)", "desk@example.org", AddedAt);

    // Meta 10-Q Q2 2023 (0001326801-23-000093), filed 2023-07-27, in ../shared/fixtures/replay.
    private static readonly StatementEvidence MetaFiling = new(
        "META",
        new WorkforceStatement(StatementKind.Reduction, 10_000, CountQualifier.Approximate, null, new DateOnly(2023, 3, 1), DatePrecision.Month, null, null, false,
            "In March 2023, we announced three rounds of planned layoffs to further reduce our company size by approximately 10,000 employees across the Family of Apps (FoA) and Reality Labs (RL) segments (the “2023 Restructuring”)."),
        new Provenance("sec-filing", "https://www.sec.gov/Archives/edgar/data/1326801/000132680123000093/meta-20230630.htm", "0001326801-23-000093", "10-Q", new DateOnly(2023, 7, 27), "meta-10q"),
        new DateOnly(2023, 7, 27));

    [Fact]
    public void Reconcile_EditorStatementAlone_IsARoundLabelledAsEditorWithItsPublisherAndWhoAddedIt()
    {
        var e = Assert.Single(LayoffReconciler.Reconcile("MSFT", [Microsoft.ToEvidence()], []));

        Assert.Equal(("MSFT-2025-07-02", "2025-07-02", 9_000L), (e.Id, e.Announced, e.Count));
        Assert.Equal("count from an editor statement (secondary source: CBS News)", e.Basis);
        // The headline is built from the event's fields; the editor's quote is the sentence shown beside it.
        Assert.Equal(Microsoft.Quote, e.Sentence);
        Assert.Equal("MSFT: layoff of 9,000 workers (announced 2025-07-02)", e.Headline);
        var source = Assert.Single(e.Sources);
        Assert.Equal(("editor", Microsoft.Url, "CBS News", "desk@example.org", (DateTimeOffset?)AddedAt), (source.Kind, source.Url, source.Publisher, source.AddedBy, source.AddedAt));
    }

    [Fact]
    public void Reconcile_FilingAndEditorStatementOfOneRound_FilingKeepsTheHeadlineAndTheBasisNamesTheEditorStatement()
    {
        var e = Assert.Single(LayoffReconciler.Reconcile("META", [Meta.ToEvidence(), MetaFiling], []));

        Assert.Equal((10_000L, "Approximate"), (e.Count, e.CountQualifier));
        // The filing, not the editor's source, gives the sentence shown beside the headline.
        Assert.Equal(MetaFiling.Statement.Sentence, e.Sentence);
        Assert.Equal("META: layoff of about 10,000 employees (2023 Restructuring)", e.Headline);
        Assert.Equal("count from a filing statement; editor statement also present (secondary source: The West Australian (Reuters))", e.Basis);
        Assert.Equal(["editor", "sec-filing"], e.Sources.Select(s => s.Kind));
        // Only the editor's source carries publisher and attribution; a filing's does not pretend to.
        Assert.Null(e.Sources.Single(s => s.Kind == "sec-filing").Publisher);
    }

    [Fact]
    public void ToEvidence_IsAReductionAnnouncedOnItsDayWithTheQuoteAsItsSentence()
    {
        var evidence = Microsoft.ToEvidence();

        Assert.Equal((StatementKind.Reduction, (DateOnly?)new DateOnly(2025, 7, 2), (DatePrecision?)DatePrecision.Day, Microsoft.Quote), (evidence.Statement.Kind, evidence.Statement.AnnouncedOn, evidence.Statement.AnnouncedPrecision, evidence.Statement.Sentence));
        Assert.Equal(("editor", (string?)null, "editor_2025-07-02-cbs"), (evidence.Source.SourceKind, evidence.Source.Accession, evidence.Source.DocumentKey));
        Assert.False(evidence.FromFiling);
    }
}
