using System.Globalization;

namespace IndustryTracker.Benchmarks.Report;

/// <summary>A bound on a ratio or a value: at most or at least <see cref="Limit"/>; an informational row has none.</summary>
public sealed record Target(string Comparison, double Limit)
{
    public static Target AtMost(double limit) => new("≤", limit);

    public static Target AtLeast(double limit) => new("≥", limit);

    /// <summary>A value that must be exactly this (an exit code).</summary>
    public static Target Exactly(double value) => new("=", value);

    /// <summary>A row reported for context (wall time, throughput) that no target applies to.</summary>
    public static Target None { get; } = new("", double.NaN);

    public bool IsMet(double value) => Comparison switch
    {
        "≤" => value <= Limit,
        "≥" => value >= Limit,
        "=" => value == Limit,
        _ => true,
    };

    public override string ToString() =>
        Comparison.Length == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Comparison} {Limit:0.##}");
}
