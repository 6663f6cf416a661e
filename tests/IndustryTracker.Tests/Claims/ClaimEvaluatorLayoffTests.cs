using IndustryTracker.Core.Claims;
using static IndustryTracker.Tests.Claims.ClaimTestData;

namespace IndustryTracker.Tests.Claims;

/// <summary>Layoff claims over hand-built test data (event ids and counts shaped like the reconciled ones).</summary>
public sealed class ClaimEvaluatorLayoffTests
{
    private static readonly LayoffsCheck Meta21000In2023 = new("META", Range("2023-01-01", "2023-12-31"), About(21_000), 2);

    [Fact]
    public void Evaluate_RoundsInPeriodAddUp_SupportedWithTheArithmetic()
    {
        var check = new LayoffsCheck("AMZN", Range("2022-11-01", "2023-03-31"), About(27_000), null);
        var facts = Facts(layoffs: [Round("AMZN-2023-01-04", "2023-01-04", 18_000, warnWorkers: 2_320), Round("AMZN-2023-03-20", "2023-03-20", 9_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(Verdicts.Supported, verdict.Verdict);
        Assert.Contains("about 18,000 (AMZN-2023-01-04, announced 2023-01-04) + about 9,000 (AMZN-2023-03-20, announced 2023-03-20) = 27,000", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("2,320 workers: evidence beside the count, not part of it", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal([EvidenceRoles.Supports, EvidenceRoles.Supports, EvidenceRoles.Context], verdict.Evidence.Select(e => e.Role));
    }

    [Fact]
    public void Evaluate_CumulativeRound_AddsOnlyWhatItAddsBeyondTheRoundsItIncludes()
    {
        var check = new LayoffsCheck("AMZN", Range("2022-11-01", "2023-03-31"), About(27_000), null);
        var facts = Facts(layoffs:
        [
            Round("AMZN-2022-11-16", "2022-11-16", 10_000),
            Round("AMZN-2023-01-04", "2023-01-04", 18_000, added: 8_000, includes: ["AMZN-2022-11-16"]),
            Round("AMZN-2023-03-20", "2023-03-20", 9_000),
        ]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(Verdicts.Supported, verdict.Verdict);
        Assert.Contains("= 27,000", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("AMZN-2023-01-04's 18,000 is cumulative: it includes AMZN-2022-11-16, so only 8,000 is added", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TotalAndRoundsHoldButOneRoundBeforePeriod_PartlySupportedNamingTheMisdatedRound()
    {
        var facts = Facts(layoffs: [Round("META-2022-11-09", "2022-11-09", 11_000), Round("META-2023-03-14", "2023-03-14", 10_000, charges: 1_200_000_000m)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(Meta21000In2023), facts);

        Assert.Equal(Verdicts.PartlySupported, verdict.Verdict);
        Assert.Contains("the count and the number of rounds hold", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("= 21,000, 2 rounds", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("but META-2022-11-09 was announced 2022-11-09, before the claimed period starts (2023-01-01)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("$1.2 billion", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal(["2022-11-09", "2023-03-14"], verdict.Evidence.Select(e => e.Date));
    }

    [Fact]
    public void Evaluate_TotalHoldsInFewerRoundsThanClaimed_PartlySupported()
    {
        var facts = Facts(layoffs: [Round("META-2023-03-14", "2023-03-14", 21_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(Meta21000In2023), facts);

        Assert.Equal(Verdicts.PartlySupported, verdict.Verdict);
        Assert.Contains("the total holds", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("1 announced rounds in the period, not 2", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RoundsInPeriodAddUpToLess_Contradicted()
    {
        var facts = Facts(layoffs: [Round("META-2021-03-01", "2021-03", 11_000), Round("META-2023-03-14", "2023-03-14", 10_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(Meta21000In2023), facts);

        // The 2021 round is more than 15 months before the period: not a misdated round of the claim.
        Assert.Equal(Verdicts.Contradicted, verdict.Verdict);
        Assert.Contains("add up to about 10,000 (META-2023-03-14, announced 2023-03-14) (-52.4% from 21,000)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal((EvidenceRoles.Contradicts, 10_000m), (verdict.Evidence.Single().Role, verdict.Evidence.Single().Value));
    }

    [Fact]
    public void Evaluate_ChargeWithoutCount_PartlySupportedSayingTheCountIsNotStated()
    {
        var check = new LayoffsCheck("GOOGL", Range("2023-01-01", "2023-03-31"), About(12_000), null);
        var facts = Facts(layoffs: [Round("GOOGL-2023-01-01", "2023-01", null, charges: 2_100_000_000m)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check, settledBy: "the 2023-01-20 letter"), facts);

        Assert.Equal(Verdicts.PartlySupported, verdict.Verdict);
        Assert.Contains("GOOGL-2023-01-01, announced 2023-01, no count stated (charges $2.1 billion)", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("The count does not: no stored statement states how many jobs. What would settle it: the 2023-01-20 letter.", verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal(2_100_000_000m, verdict.Evidence.Single().Value);
    }

    [Fact]
    public void Evaluate_WarnNoticesOnly_PartlySupportedAndTheirSumIsNotTheCount()
    {
        var check = new LayoffsCheck("MSFT", Range("2023-01-01", "2023-03-31"), About(10_000), null);
        var facts = Facts(layoffs: [WarnOnly("MSFT", "2023-01-18", 1_495), WarnOnly("MSFT", "2023-03-06", 1_248), WarnOnly("MSFT", "2023-07-10", 276)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(check), facts);

        Assert.Equal(Verdicts.PartlySupported, verdict.Verdict);
        Assert.Contains("WARN notices in WA record 2,743 workers", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("evidence of a reduction, not its count", verdict.Explanation, StringComparison.Ordinal);
        Assert.All(verdict.Evidence, e => Assert.Equal(EvidenceRoles.Context, e.Role));
        Assert.Equal([1_495m, 1_248m], verdict.Evidence.Select(e => e.Value));
    }

    [Fact]
    public void Evaluate_NothingStoredForThePeriod_Unverified()
    {
        var facts = Facts(layoffs: [Round("GOOGL-2023-01-20", "2023-01-20", 12_000)]);

        var verdict = ClaimEvaluator.Evaluate(Claim(Meta21000In2023), facts);

        Assert.Equal(Verdicts.Unverified, verdict.Verdict);
        Assert.Empty(verdict.Evidence);
    }
}
