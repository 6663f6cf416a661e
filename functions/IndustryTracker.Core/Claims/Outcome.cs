namespace IndustryTracker.Core.Claims;

/// <summary>What one check kind's evaluation returns: the verdict, its explanation, the facts compared.</summary>
internal sealed record Outcome(string Verdict, string Explanation, IReadOnlyList<ClaimEvidence> Evidence)
{
    public void Deconstruct(out string verdict, out string explanation, out IReadOnlyList<ClaimEvidence> evidence) =>
        (verdict, explanation, evidence) = (Verdict, Explanation, Evidence);
}
