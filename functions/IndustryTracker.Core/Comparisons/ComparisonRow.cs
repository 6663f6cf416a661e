namespace IndustryTracker.Core.Comparisons;

/// <summary>One company × period of a comparison. <see cref="Alignment"/> says how the period was built.</summary>
public sealed record ComparisonRow(
    string Ticker,
    string Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Alignment,
    string? EmployeesScope,
    string? PerEmployeeBasis,
    IReadOnlyDictionary<string, RankedCell> Metrics);
