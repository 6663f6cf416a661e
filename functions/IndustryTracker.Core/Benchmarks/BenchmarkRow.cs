namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// One company × fiscal year. Fiscal years follow the company's own year end (Microsoft's FY2023 ends 2023-06-30).
/// <see cref="PerEmployeeBasis"/> says which headcount the per-employee metrics divide by.
/// </summary>
public sealed record BenchmarkRow(
    string Ticker,
    int FiscalYear,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly? EmployeesAsOf,
    string? EmployeesScope,
    string? PerEmployeeBasis,
    IReadOnlyDictionary<string, MetricCell> Metrics);
