using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Layoffs;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>
/// The companies' own announcements, worded exactly as quoted in the fixtures README ("Workforce-reduction
/// statements published by the companies themselves"). Real filings are in the .Filings part; made-up
/// phrasings in the .Synthetic and .Negatives parts.
/// </summary>
public partial class WorkforceStatementParserTests
{
    private static WorkforceStatement Reduction(
        long? count, CountQualifier? qualifier, string sentence, decimal? percent = null, string? timeFrame = null,
        DateOnly? announced = null, DatePrecision? precision = null, decimal? charges = null, bool cumulative = false) =>
        new(StatementKind.Reduction, count, qualifier, percent, announced, precision, timeFrame, charges, cumulative, sentence);

    private static WorkforceStatement Charge(decimal usd, string sentence, DateOnly? announced = null, DatePrecision? precision = null) =>
        new(StatementKind.Charge, null, null, null, announced, precision, null, usd, false, sentence);

    [Fact]
    public void Parse_Meta20221109Letter_OneReductionWithCountAndPercent()
    {
        const string Text = "I've decided to reduce the size of our team by about 13% and let more than 11,000 of our talented employees go.";

        var statement = Assert.Single(WorkforceStatementParser.Parse(Text));

        Assert.Equal(Reduction(11_000, CountQualifier.MoreThan, Text, percent: 13m), statement);
    }

    [Fact]
    public void Parse_Meta20230314Letter_CountsPeopleNotOpenRoles()
    {
        const string Text = "we expect to reduce our team size by around 10,000 people and to close around 5,000 additional open roles that we haven't yet hired";

        var statement = Assert.Single(WorkforceStatementParser.Parse(Text));

        Assert.Equal(Reduction(10_000, CountQualifier.Approximate, Text), statement);
    }

    [Fact]
    public void Parse_Alphabet20230120Letter_ApproximateRoles()
    {
        const string Text = "We've decided to reduce our workforce by approximately 12,000 roles.";

        Assert.Equal([Reduction(12_000, CountQualifier.Approximate, Text)], WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_Microsoft20230118_ExactCountAndFiscalTimeFrame()
    {
        const string Text = "we will be making changes that will result in the reduction of our overall workforce by 10,000 jobs through the end of FY23 Q3";

        Assert.Equal(
            [Reduction(10_000, CountQualifier.Exact, Text, timeFrame: "through the end of FY23 Q3")],
            WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_Amazon20230104_JustOver()
    {
        // The README notes this total includes November 2022's cuts, but the quoted words do not say so;
        // the parser reports what the text states (see the cumulative cases in the .Synthetic part).
        const string Text = "we plan to eliminate just over 18,000 roles";

        Assert.Equal([Reduction(18_000, CountQualifier.JustOver, Text)], WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_Amazon20230320_AdditionalRoundWithTimeFrame()
    {
        // "more positions" adds a round on top of January's; it is not a running total.
        const string Text = "we intend to eliminate about 9,000 more positions in the next few weeks";

        Assert.Equal(
            [Reduction(9_000, CountQualifier.Approximate, Text, timeFrame: "in the next few weeks")],
            WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => WorkforceStatementParser.Parse(null!));
}
