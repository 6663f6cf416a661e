using IndustryTracker.Core.Benchmarks;
using static IndustryTracker.Core.Benchmarks.BenchmarkMetrics;

namespace IndustryTracker.Core.Charts;

/// <summary>Each benchmark metric in words, as a chart title reads (the API names are camelCase identifiers).</summary>
internal static class MetricTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [Employees] = "Employees at fiscal year end",
        [EmployeesChangePct] = "Change in headcount",
        [Revenue] = "Revenue",
        [RevenuePerEmployee] = "Revenue per employee",
        [OperatingIncome] = "Operating income",
        [OperatingMargin] = "Operating margin",
        [NetIncome] = "Net income",
        [RndExpense] = "Research and development expense",
        [RndIntensity] = "R&D spending as a share of revenue",
        [Capex] = "Capital expenditures",
        [CapexPerEmployee] = "Capital expenditures per employee",
        [RestructuringCharges] = "Restructuring charges",
        [LayoffsAnnounced] = "Layoffs announced",
        [LayoffRounds] = "Layoff rounds announced",
        [LayoffsPctOfWorkforce] = "Layoffs announced as a share of the workforce",
    };

    /// <summary>The metrics whose values divide by, or are, a headcount: the employees' scope matters to them.</summary>
    private static readonly HashSet<string> HeadcountBased = new(StringComparer.Ordinal)
    {
        Employees, EmployeesChangePct, RevenuePerEmployee, CapexPerEmployee, LayoffsPctOfWorkforce,
    };

    /// <summary>The title, or an <see cref="ArgumentException"/> naming the metric when it is not a benchmark metric.</summary>
    public static string For(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Titles.TryGetValue(metric, out var title)
            ? title
            : throw new ArgumentException($"Unknown metric '{metric}'. Known metrics: {string.Join(", ", BenchmarkMetrics.All)}.", nameof(metric));
    }

    public static bool CountsHeadcount(string metric) => HeadcountBased.Contains(metric);

    public static bool IsPerEmployee(string metric) => metric is RevenuePerEmployee or CapexPerEmployee;
}
