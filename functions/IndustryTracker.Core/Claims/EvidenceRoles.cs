namespace IndustryTracker.Core.Claims;

/// <summary>What a piece of evidence does for the verdict.</summary>
public static class EvidenceRoles
{
    public const string Supports = "supports";
    public const string Contradicts = "contradicts";

    /// <summary>Bears on the claim without deciding it: WARN notices beside a count, the nearest headcount, a metric.</summary>
    public const string Context = "context";
}
