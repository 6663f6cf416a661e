using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Layoffs;
using IndustryTracker.Tests.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>The recorded filings, read through <see cref="HtmlText.Extract"/> as the pipeline reads them.</summary>
public partial class WorkforceStatementParserTests
{
    private const string Meta2023Restructuring =
        "In March 2023, we announced three rounds of planned layoffs to further reduce our company size by approximately 10,000 employees across the Family of Apps (FoA) and Reality Labs (RL) segments (the 2023 Restructuring).";

    private static IReadOnlyList<WorkforceStatement> ParseFiling(string url)
    {
        using var stream = Fixtures.Open(url);
        return WorkforceStatementParser.Parse(HtmlText.Extract(HtmlDocuments.Parse(stream)));
    }

    [Fact]
    public void Parse_Meta10K2023_BothLayoffRoundsAndThe2023SeveranceCharge()
    {
        var statements = ParseFiling(SecFixtureDocuments.Meta10K);

        Assert.Equal(
            [
                // No figure, but it dates the start of the layoffs the next sentence names ("… employee layoffs and
                // restructurings."): a timing statement the reconciler may narrow the 2022 round with.
                new WorkforceStatement(StatementKind.Timing, null, null, null, new DateOnly(2022, 11, 1), DatePrecision.Month, null, null, false,
                    "Beginning in November 2022, we took a number of steps to reduce our expense base."),
                Reduction(10_000, CountQualifier.Approximate, Meta2023Restructuring, announced: new DateOnly(2023, 3, 1), precision: DatePrecision.Month),

                // The sentence states no date of its own and does not refer back to the one before it.
                Charge(1_200_000_000m, "We recognized $1.20 billion pre-tax severance and related personnel costs across the FoA and RL segments during the year ended December 31, 2023 in accordance with ASC Topic 420, Exit or Disposal Cost Obligations, where applicable."),

                // "These measures" refers back to "In 2022, we initiated several measures …": the year is all the filing says.
                Reduction(
                    11_000,
                    CountQualifier.Approximate,
                    "These measures included a facilities consolidation strategy to sublease, early terminate, or abandon several office buildings under operating leases, a layoff of approximately 11,000 employees across the FoA and RL segments, and a pivot towards a next generation data center design, including cancellation of multiple data center projects (the 2022 Restructuring).",
                    announced: new DateOnly(2022, 1, 1),
                    precision: DatePrecision.Year),
            ],
            statements);
    }

    [Fact]
    public void Parse_Alphabet10K2023_OneSeveranceChargeWithoutCount()
    {
        var statements = ParseFiling(SecFixtureDocuments.Alphabet10K);

        // The Note 8 repeat ("total employee severance and related charges … were $2.1 billion") and the
        // per-expense-line parts ($479, $848, $497, $264 million) are not separate charges.
        Assert.Equal(
            [Charge(2_100_000_000m, "In January 2023, we announced a reduction of our workforce, and as a result we recorded employee severance and related charges of $2.1 billion for the year ended December 31, 2023.", new DateOnly(2023, 1, 1), DatePrecision.Month)],
            statements);
    }

    [Fact]
    public void Parse_Amazon10K2023_The2022SeveranceChargeOnly()
    {
        var statements = ParseFiling(SecFixtureDocuments.Amazon10K);

        // "For the year ended December 31, 2022" is when the charge was booked, not when a plan was
        // announced, so no announcement date; "$640 million … in the fourth quarter" is a part of it.
        Assert.Equal(
            [Charge(720_000_000m, "For the year ended December 31, 2022, we recorded approximately $720 million, of which $640 million was recorded in the fourth quarter, of estimated severance costs primarily related to planned role eliminations.")],
            statements);
    }

    [Fact]
    public void Parse_Amazon10QQ22023_TheFirstHalfSeveranceChargeOnly()
    {
        var statements = ParseFiling(SecFixtureDocuments.Amazon10Q);

        // The AWS share ("included approximately $320 million") is a part of this charge.
        Assert.Equal(
            [Charge(510_000_000m, "For the six months ended June 30, 2023, we recorded approximately $510 million of estimated severance costs primarily related to planned role eliminations.")],
            statements);
    }

    [Fact]
    public void Parse_Meta8KDirectorResignation_Nothing() =>
        Assert.Empty(ParseFiling(SecFixtureDocuments.Meta8K));

    [Fact]
    public void Parse_Meta10QQ22023_RepeatedChargeKeepsTheDatedSentence()
    {
        var statements = ParseFiling(SecFixtureDocuments.Meta10Q);

        // The $1.2 billion is stated twice; only the MD&A sentence ties it to March 2023 ("In connection with these layoffs").
        var charge = Assert.Single(statements, s => s.Kind == StatementKind.Charge);
        Assert.Equal(
            Charge(1_200_000_000m, "In connection with these layoffs, we expect to incur total pre-tax severance and related personnel costs of approximately $1.2 billion, of which $1.12 billion was recognized during the six months ended June 30, 2023.", new DateOnly(2023, 3, 1), DatePrecision.Month),
            charge);
        Assert.Equal([10_000L, 11_000L], statements.Where(s => s.Kind == StatementKind.Reduction).Select(s => s.Count));
    }

    [Fact]
    public void Parse_Alphabet10QQ32023_PeriodSplitChargePairIsNotGuessed()
    {
        var text = TextOf(SecFixtureDocuments.Alphabet10QQ3);
        Assert.Contains("related charges of $86 million and $2.1 billion for the three and nine months ended September 30, 2023, respectively.", text, StringComparison.Ordinal);

        // No charge is guessed from the pair; what remains is the dated announcement, which states no figure.
        Assert.Equal(
            [new WorkforceStatement(StatementKind.Timing, null, null, null, new DateOnly(2023, 1, 1), DatePrecision.Month, null, null, false,
                "As part of this program, in January 2023, we announced a reduction of our workforce.")],
            WorkforceStatementParser.Parse(text));
    }

    private static string TextOf(string url)
    {
        using var stream = Fixtures.Open(url);
        return HtmlText.Extract(HtmlDocuments.Parse(stream));
    }
}
