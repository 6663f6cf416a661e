namespace IndustryTracker.Core.Comparisons;

public sealed record ComparisonResult(
    string Period,
    string Align,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<ComparisonRow> Rows);
