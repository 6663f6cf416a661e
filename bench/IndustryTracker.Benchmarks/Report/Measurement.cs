namespace IndustryTracker.Benchmarks.Report;

/// <summary>
/// One row of the report: a measured value against its floor (the same work done by the bare library or service,
/// in the same run), the ratio between them and the target the ratio (or, without a floor, the value) must meet.
/// </summary>
public sealed record Measurement(
    string Part,
    string Name,
    double Measured,
    double? Floor,
    string Unit,
    Target Target,
    string? Note = null)
{
    /// <summary>Measured ÷ floor; null when the row has no floor and the target applies to the value itself.</summary>
    public double? Ratio => Floor is { } floor && floor > 0 ? Measured / floor : null;

    public bool Passed => Target.IsMet(Ratio ?? Measured);
}
