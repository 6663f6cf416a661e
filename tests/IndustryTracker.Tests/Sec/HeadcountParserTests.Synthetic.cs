using System.Globalization;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Headcount;

namespace IndustryTracker.Tests.Sec;

/// <summary>
/// SYNTHETIC sentences: written for these tests in the style of 10-K/10-Q wording, not quoted from filings.
/// </summary>
public partial class HeadcountParserTests
{
    [Theory]
    [InlineData("As of September 28, 2024, the Company had approximately 164,000 full-time equivalent employees.", "2024-09-28", 164_000, true, EmployeeScope.FullTimeEquivalent)]
    [InlineData("As of June 30, 2024, we employed approximately 228,000 people on a full-time basis.", "2024-06-30", 228_000, true, EmployeeScope.FullTime)]
    [InlineData("As of January 31, 2024, we had approximately 1,551,000 full-time and part-time employees.", "2024-01-31", 1_551_000, true, EmployeeScope.FullTimeAndPartTime)]
    [InlineData("Our headcount was 12,345 at March 31, 2024.", "2024-03-31", 12_345, false, EmployeeScope.Employees)]
    [InlineData("As of Dec. 31, 2023, we had 5,200 employees.", "2023-12-31", 5_200, false, EmployeeScope.Employees)]
    [InlineData("As of 31 December 2023, the Group employed 48,000 people.", "2023-12-31", 48_000, false, EmployeeScope.Employees)]
    [InlineData("At January 31, 2024, we had a total of 2.1 million associates.", "2024-01-31", 2_100_000, true, EmployeeScope.Employees)]
    [InlineData("We had more than 10,000 employees worldwide as of December 31, 2022.", "2022-12-31", 10_000, true, EmployeeScope.Employees)]
    [InlineData("As of December 31, 2023, we had 7,000 full-time employees.", "2023-12-31", 7_000, false, EmployeeScope.FullTime)]
    [InlineData("The total number of employees was approximately 3,400 as of June 30, 2024.", "2024-06-30", 3_400, true, EmployeeScope.Employees)]
    [InlineData("As of May 31, 2024, we employed about 900 full- and part-time staff.", "2024-05-31", 900, true, EmployeeScope.FullTimeAndPartTime)]
    [InlineData("As of June 30, 2024, Target Corporation had nearly 400,000 team members.", "2024-06-30", 400_000, true, EmployeeScope.Employees)]
    [InlineData("As of December 31, 2023, our workforce consisted of 3,100 FTEs.", "2023-12-31", 3_100, false, EmployeeScope.FullTimeEquivalent)]
    public void Parse_SyntheticHeadcountSentence_ReadsCountDateAndScope(
        string sentence, string asOf, long employees, bool approximate, EmployeeScope scope)
    {
        var expected = new HeadcountStatement(
            DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture), employees, approximate, scope, sentence);

        Assert.Equal([expected], HeadcountParser.Parse(sentence));
    }

    [Fact]
    public void Parse_SyntheticTotalWithGeographicSubCount_ReturnsOnlyTheTotal()
    {
        const string Text = "We employed 221,000 people as of June 30, 2023, of which 120,000 were in the United States.";

        var statement = Assert.Single(HeadcountParser.Parse(Text));

        Assert.Equal((221_000L, new DateOnly(2023, 6, 30)), (statement.Employees, statement.AsOf));
    }

    [Theory]
    [InlineData("Headcount was 67,317 as of December 31, 2023, compared to 86,482 as of December 31, 2022.")]
    [InlineData("Headcount increased from 86,482 as of December 31, 2022 to 67,317 as of December 31, 2023.")]
    public void Parse_SyntheticYearOverYearComparison_BindsEachCountToItsOwnDate(string text)
    {
        var statements = HeadcountParser.Parse(text);

        Assert.Equal(
            [(new DateOnly(2023, 12, 31), 67_317L), (new DateOnly(2022, 12, 31), 86_482L)],
            statements.Select(s => (s.AsOf, s.Employees)).OrderByDescending(p => p.AsOf));
        Assert.All(statements, s => Assert.Equal(text, s.Sentence));
    }

    [Theory]
    [InlineData("As of December 31, 2023 and 2022, we had approximately 7,000 and 6,500 full-time employees, respectively.", 7_000, 6_500, true, EmployeeScope.FullTime)]
    [InlineData("As of December 31, 2023 and December 31, 2022, headcount was 67,317 and 86,482, respectively.", 67_317, 86_482, false, EmployeeScope.Employees)]
    public void Parse_SyntheticRespectivelyPair_BindsCountsToDatesByPosition(
        string text, long current, long prior, bool approximate, EmployeeScope scope)
    {
        Assert.Equal(
            [
                new HeadcountStatement(new(2023, 12, 31), current, approximate, scope, text),
                new HeadcountStatement(new(2022, 12, 31), prior, approximate, scope, text),
            ],
            HeadcountParser.Parse(text));
    }

    [Fact]
    public void Parse_SyntheticSpaceBeforeComma_NormalisesSentence()
    {
        var statement = Assert.Single(HeadcountParser.Parse("Headcount was 37,773 as of March 31, 2019 , an increase of 36% year-over-year."));

        Assert.Equal("Headcount was 37,773 as of March 31, 2019, an increase of 36% year-over-year.", statement.Sentence);
        Assert.Equal(new DateOnly(2019, 3, 31), statement.AsOf);
    }

    [Theory]
    [InlineData("As of December 31, 2023, we had 3.07 billion daily active people.")]
    [InlineData("As of December 31, 2023, we have offices in approximately 90 cities around the world.")]
    [InlineData("As of December 31, 2023, we had more than 200 million customers.")]
    [InlineData("As of December 31, 2023, we had offices in 80 countries.")]
    [InlineData("As of December 31, 2023, 1,500 employees were hired in the quarter.")]
    [InlineData("As of December 31, 2023, we expect to reduce headcount by 10,000.")]
    [InlineData("As of December 31, 2023, we expect to have 70,000 employees.")]
    [InlineData("We recorded severance for 12,000 employees as of March 31, 2023.")]
    [InlineData("As of March 31, 2023, we had reduced our workforce by approximately 12,000 roles.")]
    [InlineData("In March 2023, we announced plans to reduce our company size by approximately 10,000 employees.")]
    [InlineData("As of November 9, 2022, we let more than 11,000 of our employees go.")]
    [InlineData("As of December 31, 2023, headcount was 12% lower than a year earlier.")]
    [InlineData("As of December 31, 2023, we had 1,000 fewer employees than a year earlier.")]
    [InlineData("In the United States, we had 120,000 employees as of June 30, 2023.")]
    [InlineData("As of March 31, 2024, the Company had 2,000 employees in the United States.")]
    [InlineData("As of June 30, 2023, our Reality Labs segment had 15,000 employees.")]
    [InlineData("As of December 31, 2023, we had 5,000 employees covered by collective bargaining agreements.")]
    [InlineData("As of December 31, 2023, over 175,000 Amazon employees have participated in Career Choice.")]
    [InlineData("As of December 31, 2023, approximately 2,000 employees were affected by the restructuring.")]
    public void Parse_SyntheticNonHeadcountCount_ReturnsNothing(string text)
    {
        Assert.Empty(HeadcountParser.Parse(text));
    }

    [Theory]
    [InlineData("We had 182,502 employees.")]
    [InlineData("We had approximately 1,551,000 full-time and part-time employees.")]
    [InlineData("In 2023, we had 50,000 employees.")]
    public void Parse_SyntheticHeadcountWithoutAsOfDate_IsSkipped(string text)
    {
        Assert.Empty(HeadcountParser.Parse(text));
    }
}
