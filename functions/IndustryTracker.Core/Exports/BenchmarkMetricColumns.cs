using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Exports;

/// <summary>What each benchmark metric's value column holds: its type, unit and meaning (the dictionary's words).</summary>
internal static class BenchmarkMetricColumns
{
    public static (ColumnType Type, string Unit, string Description) Of(string metric) => metric switch
    {
        BenchmarkMetrics.Employees => (ColumnType.Integer, "people", "Headcount as of the fiscal year end, as the annual report states it (scope in employeesScope)."),
        BenchmarkMetrics.EmployeesChangePct => (ColumnType.Decimal, "%", "Change in year-end headcount over the previous fiscal year, in percent, 2 decimals."),
        BenchmarkMetrics.Revenue => (ColumnType.Decimal, "USD", "Revenue for the full fiscal year, from the filings' XBRL (latest filing wins, so restatements apply)."),
        BenchmarkMetrics.RevenuePerEmployee => (ColumnType.Decimal, "USD per employee", "Revenue divided by the headcount named in perEmployeeBasis, rounded to whole dollars."),
        BenchmarkMetrics.OperatingIncome => (ColumnType.Decimal, "USD", "Operating income for the full fiscal year, from XBRL."),
        BenchmarkMetrics.OperatingMargin => (ColumnType.Decimal, "%", "Operating income as a percentage of revenue, 2 decimals."),
        BenchmarkMetrics.NetIncome => (ColumnType.Decimal, "USD", "Net income for the full fiscal year, from XBRL (negative for a loss)."),
        BenchmarkMetrics.RndExpense => (ColumnType.Decimal, "USD", "Research and development expense for the full fiscal year, from XBRL."),
        BenchmarkMetrics.RndIntensity => (ColumnType.Decimal, "%", "R&D expense as a percentage of revenue, 2 decimals."),
        BenchmarkMetrics.Capex => (ColumnType.Decimal, "USD", "Capital expenditure (payments for property and equipment) for the full fiscal year, from XBRL."),
        BenchmarkMetrics.CapexPerEmployee => (ColumnType.Decimal, "USD per employee", "Capex divided by the headcount named in perEmployeeBasis, rounded to whole dollars."),
        BenchmarkMetrics.RestructuringCharges => (ColumnType.Decimal, "USD", "Restructuring charges for the full fiscal year, from XBRL."),
        BenchmarkMetrics.LayoffsAnnounced => (ColumnType.Integer, "people", "People in layoffs announced in the fiscal year: the sum of each reconciled round's addedCount (a cumulative statement is not counted on top of its parts); WARN-only rounds excluded."),
        BenchmarkMetrics.LayoffRounds => (ColumnType.Integer, "rounds", "Number of announced layoff rounds in the fiscal year (WARN-only rounds excluded)."),
        BenchmarkMetrics.LayoffsPctOfWorkforce => (ColumnType.Decimal, "%", "layoffsAnnounced as a percentage of the headcount at the start of the fiscal year, 2 decimals."),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Describe the new metric here before it can be exported."),
    };
}
