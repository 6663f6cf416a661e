using IndustryTracker.Core.Evaluation;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Tests.Evaluation;

/// <summary>The scoring rules on hand-made stored rows (values from the shared fixtures' documents).</summary>
public sealed class EvaluationScorerTests
{
    private const string Source = "Meta 10-K FY2023";

    [Fact]
    public void Score_SecondDifferentValueForTheSameDate_IsWrongEvenBesideTheRightOne()
    {
        var expected = new ExpectedValues([new ExpectedHeadcount("META", new DateOnly(2023, 12, 31), 67_317, Source)], [], []);
        var stored = new StoredCompany("META", [Headcount("2023-12-31", 67_317), Headcount("2023-12-31", 90_000)], [], []);

        var item = Assert.Single(EvaluationScorer.Score(expected, [stored]).Items);

        Assert.Equal((EvaluationOutcome.Wrong, "90,000; 67,317"), (item.Outcome, item.Got));
    }

    [Fact]
    public void Score_OtherDatesOnly_IsMissed()
    {
        var expected = new ExpectedValues([new ExpectedHeadcount("META", new DateOnly(2023, 12, 31), 67_317, Source)], [], []);
        var stored = new StoredCompany("META", [Headcount("2023-06-30", 71_469)], [], []);

        var report = EvaluationScorer.Score(expected, [stored]);

        Assert.Equal(new EvaluationScore("headcount", 0, 0, 1, 0), report["headcount"]);
    }

    [Fact]
    public void Score_ReductionDatedToTheMonthWithinTheExpectedYear_MatchesAndWarnOnlyEventsAreNotStatements()
    {
        var expected = new ExpectedValues([], [], [new ExpectedReduction("META", "2022", Source, Count: 11_000)]);
        var stored = new StoredCompany("META", [], [], [Event("2022-11", 11_000, sourced: true), Event("2022-12-05", 726, sourced: false)]);

        var report = EvaluationScorer.Score(expected, [stored]);

        Assert.Equal(new EvaluationScore("reductions", 1, 0, 0, 0), report["reductions"]);
    }

    [Fact]
    public void Score_ReductionInAnotherMonth_IsMissedAndTheStoredOneUnexpected()
    {
        var expected = new ExpectedValues([], [], [new ExpectedReduction("META", "2023-03", Source, Count: 10_000)]);
        var stored = new StoredCompany("META", [], [], [Event("2022-11", 11_000, sourced: true)]);

        var report = EvaluationScorer.Score(expected, [stored]);

        Assert.Equal(new EvaluationScore("reductions", 0, 0, 1, 1), report["reductions"]);
    }

    private static HeadcountEntity Headcount(string asOf, long employees) =>
        new() { PartitionKey = "META", AsOf = asOf, Employees = employees, Form = "10-K", Url = "https://www.sec.gov/x.htm" };

    private static LayoffEvent Event(string announced, long count, bool sourced) =>
        new($"META-{announced}", "META", announced, announced, count, "Approximate", count, null, null, "", "", null, 0, [],
            sourced ? [new LayoffSource("sec-filing", "https://www.sec.gov/x.htm", null, announced, count, "Approximate", null, "a layoff")] : [], []);
}
