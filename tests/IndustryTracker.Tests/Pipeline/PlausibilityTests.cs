using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>Issue 13 rows 5 and 10: each plausibility rule just inside and just outside its bound.</summary>
public sealed class PlausibilityTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);
    private static readonly Provenance Article = new("newsroom-article", "https://www.aboutamazon.com/news/x", null, null, null, "key");

    [Theory]
    [InlineData(10_000_000L, null)]
    [InlineData(10_000_001L, "10,000,001 employees is more than any employer has (limit 10,000,000)")]
    [InlineData(9_999_999_999L, "9,999,999,999 employees is more than any employer has (limit 10,000,000)")]
    public void Headcount_AtAndPastTheLimit(long employees, string? expected) =>
        Assert.Equal(expected, Plausibility.Check(new HeadcountStatement(Today, employees, false, EmployeeScope.Employees, "s"), Today));

    [Theory]
    [InlineData(1_525_000L, 1_525_000L, null)]
    [InlineData(1_525_001L, 1_525_000L, "a reduction of 1,525,001 is more than the company's stated headcount of 1,525,000")]
    [InlineData(10_000_000L, null, null)]
    [InlineData(10_000_001L, null, "a reduction of 10,000,001 is more than any employer has (limit 10,000,000; no headcount known)")]
    public void ReductionCount_AtAndPastTheStatedHeadcount(long count, long? stated, string? expected) =>
        Assert.Equal(expected, Plausibility.Check(Reduction(count, null, new DateOnly(2023, 1, 4)), stated, Today));

    [Theory]
    [InlineData("100", null)]
    [InlineData("100.01", "100.01% of the workforce is over 100%")]
    public void Percent_AtAndPast100(string percent, string? expected) =>
        Assert.Equal(expected, Plausibility.Check(Reduction(null, decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2023, 1, 4)), null, Today));

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "the announcement date 2026-12-09 is after today (2026-12-08)")]
    public void AnnouncementDate_TodayAndTomorrow(int days, string? expected) =>
        Assert.Equal(expected, Plausibility.Check(Reduction(18_000, null, Today.AddDays(days)), 1_525_000, Today));

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "the as-of date 2026-12-09 is after today (2026-12-08)")]
    public void HeadcountAsOf_TodayAndTomorrow(int days, string? expected) =>
        Assert.Equal(expected, Plausibility.Check(new HeadcountStatement(Today.AddDays(days), 1_525_000, true, EmployeeScope.Employees, "s"), Today));

    [Fact]
    public void Check_UndatedStatementFromAFutureDocument_IsJudgedByTheDocumentDate() =>
        Assert.Equal("the document date 2026-12-09 is after today (2026-12-08)",
            Plausibility.Check(new StatementEvidence("AMZN", Statement(18_000, null, null), Article, Today.AddDays(1)), 1_525_000, Today));

    [Fact]
    public void Screen_JudgesAReductionAgainstTheDocumentsOwnHeadcount()
    {
        var headcount = new HeadcountFact("AMZN", new HeadcountStatement(new DateOnly(2023, 12, 31), 1_525_000, true, EmployeeScope.FullTimeAndPartTime, "staff"), Article);
        var parsed = new ParsedDocument([headcount], [], [Reduction(18_000, null, new DateOnly(2023, 1, 4)), Reduction(1_525_001, null, new DateOnly(2023, 6, 1))], [], FactTables.Statements)
        {
            Rejections = [new Rejection("from the parser", "earlier")],
        };

        var screened = Plausibility.Screen(parsed, storedHeadcount: 1_000_000, Today);

        Assert.Equal([18_000L], screened.Statements.Select(s => s.Statement.Count!.Value));
        Assert.Equal([headcount], screened.Headcount);
        Assert.Equal(
            [new Rejection("from the parser", "earlier"), new Rejection("a reduction of 1,525,001 is more than the company's stated headcount of 1,525,000", "sentence")],
            screened.Rejections);
    }

    private static StatementEvidence Reduction(long? count, decimal? percent, DateOnly announced) =>
        new("AMZN", Statement(count, percent, announced), Article, new DateOnly(2023, 1, 4));

    private static WorkforceStatement Statement(long? count, decimal? percent, DateOnly? announced) =>
        new(StatementKind.Reduction, count, null, percent, announced, announced is null ? null : DatePrecision.Day, null, null, false, "sentence");
}
