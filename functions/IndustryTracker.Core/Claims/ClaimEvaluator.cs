namespace IndustryTracker.Core.Claims;

/// <summary>
/// Claims × stored facts → verdicts. Pure: the same facts always give the same verdicts, so they are computed on every
/// request and never stored.
/// </summary>
public static class ClaimEvaluator
{
    public static IReadOnlyList<ClaimVerdict> Evaluate(IEnumerable<Claim> claims, ClaimFacts facts) =>
        claims.Select(c => Evaluate(c, facts)).ToList();

    public static ClaimVerdict Evaluate(Claim claim, ClaimFacts facts)
    {
        var (verdict, explanation, evidence) = claim.Check switch
        {
            HeadcountCheck h => HeadcountClaims.Evaluate(h, facts, claim.SettledBy),
            LayoffsCheck l => LayoffClaims.Evaluate(l, facts, claim.SettledBy),
            HeadcountTargetCheck t => TargetClaims.Evaluate(t, facts, claim.SettledBy),
            NotCheckableCheck n => NotCheckableClaims.Evaluate(n, facts),
            _ => throw new InvalidOperationException($"Claim {claim.Id}: no evaluator for check kind '{claim.Check.Kind}'."),
        };
        return new ClaimVerdict(claim.Id, claim.Text, claim.PublishedIn, claim.Check, claim.Note, verdict, explanation, evidence);
    }

    /// <summary>The tickers the claims name, so the service reads only those partitions.</summary>
    public static IReadOnlyList<string> Companies(IEnumerable<Claim> claims) => claims
        .SelectMany(c => c.Check switch
        {
            HeadcountCheck h => [h.Company],
            LayoffsCheck l => [l.Company],
            HeadcountTargetCheck t => [t.Company],
            NotCheckableCheck n => n.Companies,
            _ => Array.Empty<string>(),
        })
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
