namespace IndustryTracker.Core.Claims;

/// <summary>How a stored value is compared with a claim's figure.</summary>
public enum Comparator
{
    /// <summary>Exactly the figure.</summary>
    Eq,

    /// <summary>Within the tolerance (percent of the figure) either side: "about 21,000".</summary>
    Approx,

    /// <summary>Between the figure and the upper bound, inclusive: "60,000 to 65,000".</summary>
    Between,

    AtLeast,
    AtMost,
}
