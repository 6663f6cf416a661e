using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Layoffs;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>Synthetic test data: phrasings other companies and newsrooms use. No company stated these sentences.</summary>
public partial class WorkforceStatementParserTests
{
    [Theory]
    [InlineData("Today we are laying off approximately 1,800 employees, or 8% of our workforce.", 1_800L, CountQualifier.Approximate, 8.0)]
    [InlineData("The plan will result in the elimination of approximately 4,000 positions.", 4_000L, CountQualifier.Approximate, null)]
    [InlineData("This week we notified 2,500 employees that their roles were eliminated.", 2_500L, CountQualifier.Exact, null)]
    [InlineData("The reduction, affecting about 6% of our global workforce, begins today.", null, null, 6.0)]
    [InlineData("We will cut up to 1,200 jobs.", 1_200L, CountQualifier.UpTo, null)]
    [InlineData("Roughly 700 employees were laid off.", 700L, CountQualifier.Approximate, null)]
    [InlineData("The company announced a layoff of over 3,000 employees.", 3_000L, CountQualifier.MoreThan, null)]
    [InlineData("We will reduce headcount by 5 percent.", null, null, 5.0)]
    public void Parse_OtherPhrasings_ReadCountQualifierAndPercent(string text, long? count, CountQualifier? qualifier, double? percent)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Equal(Reduction(count, qualifier, text, percent: (decimal?)percent), statement);
    }

    [Fact]
    public void Parse_AffectingPercentWithoutReductionWord_Nothing() =>
        Assert.Empty(WorkforceStatementParser.Parse("The new office policy, affecting about 6% of our global workforce, begins today."));

    [Theory]
    [InlineData("On January 18, 2023, we announced that we will reduce our workforce by 10,000 jobs.", 2023, 1, 18, DatePrecision.Day)]
    [InlineData("In the fourth quarter of 2022, we eliminated approximately 2,000 roles.", 2022, 10, 1, DatePrecision.Quarter)]
    [InlineData("In November 2022, we laid off 11,000 employees.", 2022, 11, 1, DatePrecision.Month)]
    [InlineData("We announced in March 2023 that we would eliminate 500 roles.", 2023, 3, 1, DatePrecision.Month)]
    public void Parse_DateInSentence_AnnouncedOnWithPrecision(string text, int year, int month, int day, DatePrecision precision)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Equal(new DateOnly(year, month, day), statement.AnnouncedOn);
        Assert.Equal(precision, statement.AnnouncedPrecision);
    }

    [Fact]
    public void Parse_SentenceReferringBack_TakesThePrecedingSentencesDate()
    {
        const string Text = "In November 2022, we approved a restructuring plan. The plan will result in the elimination of approximately 4,000 positions.";

        var statement = Assert.Single(WorkforceStatementParser.Parse(Text));

        Assert.Equal(Reduction(4_000, CountQualifier.Approximate, "The plan will result in the elimination of approximately 4,000 positions.", announced: new DateOnly(2022, 11, 1), precision: DatePrecision.Month), statement);
    }

    [Theory]
    [InlineData("In November 2022, we opened an office in Austin. We will eliminate 300 roles.")]
    [InlineData("In November 2022, we approved a restructuring plan.\nThe plan will result in the elimination of approximately 4,000 positions.")]
    [InlineData("We will reduce our workforce by 5% through the end of 2023.")]
    [InlineData("For the year ended December 31, 2023, we eliminated 1,000 roles.")]
    public void Parse_NoDateForThisAnnouncement_AnnouncedOnNull(string text)
    {
        // Unrelated preceding sentence, another paragraph, a deadline, a reporting period.
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.Null(statement.AnnouncedOn);
        Assert.Null(statement.AnnouncedPrecision);
    }

    [Theory]
    [InlineData("We will reduce our workforce by 5% through the end of 2023.", "through the end of 2023")]
    [InlineData("We expect to eliminate 600 positions over the next several months.", "over the next several months")]
    [InlineData("We will cut 400 jobs by the end of the fiscal year.", "by the end of the fiscal year")]
    public void Parse_TimeFrame_ReturnsTheWording(string text, string timeFrame) =>
        Assert.Equal(timeFrame, Assert.Single(WorkforceStatementParser.Parse(text)).TimeFrame);

    [Theory]
    [InlineData("Between the reduction we made in November and the one we're sharing today, we plan to eliminate just over 18,000 roles.")]
    [InlineData("Between the cuts we made in November and the ones we're sharing today, we will reduce our workforce by about 10,000 people.")]
    [InlineData("In total, we will eliminate 10,000 roles this year.")]
    [InlineData("We will eliminate 3,000 roles, including the reductions announced in November 2022.")]
    [InlineData("Combined with last year's cuts, we will eliminate 5,000 positions.")]
    public void Parse_CumulativeFigure_IncludesEarlierReductions(string text)
    {
        var statement = Assert.Single(WorkforceStatementParser.Parse(text));

        Assert.True(statement.IncludesEarlierReductions);

        // "announced in November 2022" dates the earlier round, not this one.
        Assert.Null(statement.AnnouncedOn);
    }

    [Theory]
    [InlineData("We expect to incur severance charges of approximately $300 million.", 300_000_000.0)]
    [InlineData("We recorded $45.5 million of employee severance and related costs.", 45_500_000.0)]
    [InlineData("Total termination benefits were $1,250,000.", 1_250_000.0)]
    public void Parse_SeveranceCharge_ReadsDollars(string text, double usd) =>
        Assert.Equal(Charge((decimal)usd, text), Assert.Single(WorkforceStatementParser.Parse(text)));

    [Fact]
    public void Parse_CountAndChargeInOneSentence_OneReductionCarryingTheCharge()
    {
        const string Text = "The plan will result in the elimination of approximately 4,000 positions, and we expect to incur severance costs of approximately $300 million.";

        Assert.Equal(
            [Reduction(4_000, CountQualifier.Approximate, Text, charges: 300_000_000m)],
            WorkforceStatementParser.Parse(Text));
    }

    [Fact]
    public void Parse_SameFiguresRepeatedWithSameDate_KeptOnceWithFirstSentence()
    {
        const string Text = "In March 2023, we laid off 10,000 employees.\nIn March 2023, we let 10,000 employees go.";

        Assert.Equal("In March 2023, we laid off 10,000 employees.", Assert.Single(WorkforceStatementParser.Parse(Text)).Sentence);
    }

    [Fact]
    public void Parse_SameCountDifferentDates_TwoRounds()
    {
        const string Text = "In March 2023, we laid off 10,000 employees.\nIn May 2024, we laid off 10,000 employees.";

        Assert.Equal([new DateOnly(2023, 3, 1), new DateOnly(2024, 5, 1)], WorkforceStatementParser.Parse(Text).Select(s => s.AnnouncedOn));
    }
}
