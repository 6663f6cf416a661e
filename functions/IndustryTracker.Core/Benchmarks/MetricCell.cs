namespace IndustryTracker.Core.Benchmarks;

/// <summary>One metric of one row: a value with its sources, or null with the reason it is missing (never 0).</summary>
public sealed record MetricCell(decimal? Value, string Unit, string? Note, IReadOnlyList<Citation> Sources)
{
    public static MetricCell Missing(string unit, string reason) => new(null, unit, reason, []);
}
