namespace IndustryTracker.Core.Claims;

/// <summary>
/// Claims × stored facts → verdicts. Pure: the same facts always give the same verdicts, so they are computed on every
/// request and never stored.
/// </summary>
public static class ClaimEvaluator
{
    public static IReadOnlyList<ClaimVerdict> Evaluate(IEnumerable<Claim> claims, ClaimFacts facts) =>
        claims.Select(c => Evaluate(c, facts)).ToList();

    /// <param name="isTracked">Whether a ticker is tracked now; a claim naming one that is not is <see cref="Verdicts.NotApplicable"/>.</param>
    public static IReadOnlyList<ClaimVerdict> Evaluate(IEnumerable<Claim> claims, ClaimFacts facts, Func<string, bool> isTracked) =>
        claims.Select(c => Companies([c]).Where(t => !isTracked(t)).ToList() is { Count: > 0 } untracked
            ? NotApplicable(c, untracked)
            : Evaluate(c, facts)).ToList();

    public static ClaimVerdict NotApplicable(Claim claim, IReadOnlyList<string> untracked) => new(
        claim.Id, claim.Text, claim.PublishedIn, claim.Check, claim.Note, Verdicts.NotApplicable,
        $"{string.Join(", ", untracked)} {(untracked.Count == 1 ? "is not a tracked company" : "are not tracked companies")}, so no stored fact bears on this claim; "
        + $"track {(untracked.Count == 1 ? "it" : "them")} with `tracker companies add {string.Join(" ", untracked)}` (or POST /api/companies) "
        + $"and the next run collects {(untracked.Count == 1 ? "its" : "their")} filings.",
        []);

    /// <summary>An invalid claims entry, as listed beside the verdicts: <paramref name="problem"/> names the entry and field.</summary>
    public static ClaimVerdict InvalidEntry(string problem) => new(
        EntryId(problem), "", null, null, null, Verdicts.Invalid, problem, []);

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

    // "claim 3 (bad-pub): …" → "bad-pub"; a problem with the file as a whole → "claims-file".
    private static string EntryId(string problem)
    {
        var open = problem.IndexOf(" (", StringComparison.Ordinal);
        var close = problem.IndexOf("):", StringComparison.Ordinal);
        return problem.StartsWith("claim ", StringComparison.Ordinal) && open > 0 && close > open ? problem[(open + 2)..close] : "claims-file";
    }
}
