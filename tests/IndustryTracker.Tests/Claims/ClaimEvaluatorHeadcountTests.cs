using IndustryTracker.Core.Claims;
using static IndustryTracker.Tests.Claims.ClaimTestData;

namespace IndustryTracker.Tests.Claims;

/// <summary>Headcount claims and headcount forecasts over hand-built test data.</summary>
public sealed class ClaimEvaluatorHeadcountTests
{
    private static readonly HeadcountCheck About78000In2024And2025 = new("META", Range("2023-12-31", "2025-12-31"), About(78_000));

    [Fact]
    public void Evaluate_HeadcountInPeriodWithinTolerance_Supported()
    {
        var facts = Facts([Headcount("META", "2023-12-31", 67_317), Headcount("META", "2025-09-30", 78_450)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(About78000In2024And2025), facts);

        Assert.Equal(Verdicts.Supported, verdict.Verdict);
        var evidence = Assert.Single(verdict.Evidence);
        Assert.Equal((EvidenceRoles.Supports, 78_450m, "2025-09-30"), (evidence.Role, evidence.Value, evidence.Date));
        Assert.Contains("states 78,450 as of 2025-09-30 (+0.6% from 78,000)", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HeadcountInPeriodOutsideTolerance_ContradictedNamingTheDatesNotChecked()
    {
        var facts = Facts([Headcount("META", "2023-06-30", 71_469), Headcount("META", "2023-12-31", 67_317)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(About78000In2024And2025, settledBy: "the 2024 and 2025 reports"), facts);

        Assert.Equal(Verdicts.Contradicted, verdict.Verdict);
        Assert.Contains("states 67,317 as of 2023-12-31 (-13.7% from 78,000)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("nearest to the claimed figure: 10-K 0000000000-23-000001 states 71,469 as of 2023-06-30 (-8.4% from 78,000)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("No headcount after 2023-12-31 is stored", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("What would settle it: the 2024 and 2025 reports.", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal([(EvidenceRoles.Contradicts, "2023-12-31"), (EvidenceRoles.Context, "2023-06-30")], verdict.Evidence.Select(e => (e.Role, e.Date)));
    }

    [Fact]
    public void Evaluate_NoHeadcountInPeriod_UnverifiedWithTheNearestAsContext()
    {
        var facts = Facts([Headcount("META", "2019-03-31", 37_773), Headcount("GOOGL", "2024-12-31", 78_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(About78000In2024And2025, settledBy: "Meta's 2024 10-K"), facts);

        Assert.Equal(Verdicts.Unverified, verdict.Verdict);
        Assert.Contains("no stored headcount of META is dated in that period", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("Meta's 2024 10-K", verdict.Explanation, StringComparison.Ordinal);
        var context = Assert.Single(verdict.Evidence);
        Assert.Equal((EvidenceRoles.Context, 37_773m), (context.Role, context.Value));
    }

    [Fact]
    public void Evaluate_HeadcountAsOfOneDayExact_ComparesOnlyThatDay()
    {
        var check = new HeadcountCheck("GOOGL", Range("2023-12-31", "2023-12-31"), new Expectation(Comparator.Eq, 182_502, null, 0));
        var facts = Facts([Headcount("GOOGL", "2023-09-30", 182_381), Headcount("GOOGL", "2023-12-31", 182_502)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(Verdicts.Supported, verdict.Verdict);
        Assert.Equal(["2023-12-31"], verdict.Evidence.Select(e => e.Date));
    }

    [Fact]
    public void Evaluate_TargetWithNoHeadcountOnOrAfterDeadline_PendingWithLatestAsContext()
    {
        var check = new HeadcountTargetCheck("META", new DateOnly(2025, 12, 31), new Expectation(Comparator.Between, 60_000, 65_000, 0));
        var facts = Facts([Headcount("META", "2023-12-31", 67_317), Headcount("META", "2025-09-30", 78_450)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(Verdicts.Pending, verdict.Verdict);
        Assert.Contains("latest stored headcount is 78,450 as of 2025-09-30", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("(+20.7% from its nearer end)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal((EvidenceRoles.Context, "2025-09-30"), (verdict.Evidence.Single().Role, verdict.Evidence.Single().Date));
    }

    [Theory]
    [InlineData(62_000, Verdicts.Supported, EvidenceRoles.Supports)]
    [InlineData(74_000, Verdicts.Contradicted, EvidenceRoles.Contradicts)]
    public void Evaluate_TargetWithHeadcountAtDeadline_DecidedByTheFirstReportOnOrAfterIt(long employees, string expected, string role)
    {
        var check = new HeadcountTargetCheck("META", new DateOnly(2025, 12, 31), new Expectation(Comparator.Between, 60_000, 65_000, 0));
        var facts = Facts([Headcount("META", "2025-09-30", 64_000), Headcount("META", "2025-12-31", employees), Headcount("META", "2026-03-31", 63_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(expected, verdict.Verdict);
        Assert.Equal((role, "2025-12-31"), (verdict.Evidence.Single().Role, verdict.Evidence.Single().Date));
    }
}
