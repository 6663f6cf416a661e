namespace IndustryTracker.Core.Facts;

public enum StatementKind
{
    /// <summary>A reduction in force: roles or people let go, with or without a count.</summary>
    Reduction,

    /// <summary>Severance or restructuring charges tied to a reduction, usually reported later and without a count.</summary>
    Charge,
}
