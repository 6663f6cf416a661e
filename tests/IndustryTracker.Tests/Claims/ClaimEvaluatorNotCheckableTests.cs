using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Claims;
using static IndustryTracker.Tests.Claims.ClaimTestData;

namespace IndustryTracker.Tests.Claims;

/// <summary>Claims no filing states: the verdict says so and the evidence shows the measured metric (test data).</summary>
public sealed class ClaimEvaluatorNotCheckableTests
{
    private static readonly NotCheckableCheck Output = new(BenchmarkMetrics.RevenuePerEmployee, ["META", "AMZN"], "No filing measures one worker's output.");

    [Fact]
    public void Evaluate_NotCheckable_ShowsEveryStoredValueOfTheMetricAsContext()
    {
        var facts = Facts(rows: [Row("META", 2022, 1_000_000m), Row("META", 2023, 2_000_000m), Row("META", 2024, null), Row("AMZN", 2023, 376_908m), Row("GOOGL", 2023, 1_684_332m)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(Output), facts);

        Assert.Equal(Verdicts.NotCheckable, verdict.Verdict);
        Assert.StartsWith("No filing measures one worker's output. The measured metric that bears on it is revenuePerEmployee.", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("META FY2022 1,000,000 USD per employee, FY2023 2,000,000 USD per employee (×2.00 from first to last year)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("AMZN FY2023 376,908 USD per employee (one year stored: no change to measure)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal([1_000_000m, 2_000_000m, 376_908m], verdict.Evidence.Select(e => e.Value));
        Assert.All(verdict.Evidence, e => Assert.Equal((EvidenceRoles.Context, "0000000000-23-000003"), (e.Role, e.Sources.Single().Accession)));
    }

    [Fact]
    public void Evaluate_NotCheckableWithNoStoredValues_SaysSoAndCitesNothing()
    {
        var verdict = ClaimEvaluator.Evaluate(Claim(Output), Facts(rows: [Row("META", 2025, null)]));

        Assert.Equal(Verdicts.NotCheckable, verdict.Verdict);
        Assert.Contains("No value of revenuePerEmployee is stored for META, AMZN.", verdict.Explanation, StringComparison.Ordinal);
        Assert.Empty(verdict.Evidence);
    }

    [Fact]
    public void Companies_Claims_ListsEachTickerOnceForThePartitionReads()
    {
        var claims = new[] { Claim(Output), Claim(new LayoffsCheck("META", Range("2023-01-01", "2023-12-31"), About(1), null)), Claim(new HeadcountCheck("GOOGL", Range("2023-12-31", "2023-12-31"), About(1))) };

        Assert.Equal(["META", "AMZN", "GOOGL"], ClaimEvaluator.Companies(claims));
    }
}
