namespace IndustryTracker.Core.Facts;

/// <summary>How a statement qualifies its count: "10,000 jobs", "about 10,000", "more than 11,000", "just over 18,000".</summary>
public enum CountQualifier
{
    Exact,
    Approximate,
    MoreThan,
    JustOver,
    UpTo,
}
