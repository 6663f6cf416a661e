namespace IndustryTracker.Core.Facts;

public enum StatementKind
{
    /// <summary>A reduction in force: roles or people let go, with or without a count.</summary>
    Reduction,

    /// <summary>Severance or restructuring charges tied to a reduction, usually reported later and without a count.</summary>
    Charge,

    /// <summary>
    /// A dated step of a reduction that states no figure ("Beginning in November 2022, we took a number of steps to
    /// reduce our expense base. For example, … employee layoffs …"). It never forms a round; it only narrows the date
    /// of the one round whose coarser date contains it, and the event says so.
    /// </summary>
    Timing,
}
