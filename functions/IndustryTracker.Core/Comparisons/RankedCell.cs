using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Comparisons;

/// <summary>A metric's value for one company and period, ranked among the companies compared (1 = highest).</summary>
public sealed record RankedCell(
    decimal? Value,
    string Unit,
    string? Note,
    IReadOnlyList<Citation> Sources,
    int? Rank,
    decimal? DiffFromMedian);
