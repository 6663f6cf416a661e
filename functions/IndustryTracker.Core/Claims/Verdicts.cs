namespace IndustryTracker.Core.Claims;

/// <summary>The verdicts, as served. Computed from stored facts on every evaluation; never stored.</summary>
public static class Verdicts
{
    public const string Supported = "supported";
    public const string Contradicted = "contradicted";

    /// <summary>Part of the claim holds; the explanation names which part and which does not.</summary>
    public const string PartlySupported = "partly supported";

    /// <summary>A forecast whose deadline has not been reported yet.</summary>
    public const string Pending = "pending";

    /// <summary>No filing states it; the evidence shows the measured metric that bears on it.</summary>
    public const string NotCheckable = "not checkable from filings";

    /// <summary>The period is past but no stored fact covers it; the explanation says what would settle it.</summary>
    public const string Unverified = "unverified";

    /// <summary>The claim is about a company that is not tracked; the explanation names it and how to add it.</summary>
    public const string NotApplicable = "not applicable";

    /// <summary>The claims entry itself is invalid (named by position and id); the explanation says which field. Not checked.</summary>
    public const string Invalid = "invalid entry";
}
