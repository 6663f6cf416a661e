using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;
using static IndustryTracker.Core.Benchmarks.BenchmarkMetrics;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>Every benchmark metric of one company for one period, each a value with sources or null with a reason.</summary>
public static class PeriodMetrics
{
    public sealed record Result(IReadOnlyDictionary<string, MetricCell> Metrics, HeadcountEntity? EndHeadcount, string? PerEmployeeBasis);

    public static Result Compute(PeriodFacts facts, DateOnly start, DateOnly end, IReadOnlyList<LayoffEvent> layoffs)
    {
        var endHeadcount = facts.HeadcountAt(end);
        var startHeadcount = facts.HeadcountAt(start.AddDays(-1));
        var metrics = new Dictionary<string, MetricCell>(StringComparer.Ordinal);
        metrics[Employees] = endHeadcount is null
            ? MetricCell.Missing("people", $"no headcount statement as of the period end ({end:yyyy-MM-dd})")
            : new MetricCell(endHeadcount.Employees, "people", endHeadcount.Approximate ? "approximate" : null, [PeriodFacts.Cite(endHeadcount)]);
        metrics[EmployeesChangePct] = endHeadcount is null || startHeadcount is null
            ? MetricCell.Missing("%", $"needs headcount as of {start.AddDays(-1):yyyy-MM-dd} and {end:yyyy-MM-dd}")
            : new MetricCell(Pct(endHeadcount.Employees - startHeadcount.Employees, startHeadcount.Employees), "%", ScopeNote(startHeadcount, endHeadcount), [PeriodFacts.Cite(startHeadcount), PeriodFacts.Cite(endHeadcount)]);

        metrics[Revenue] = facts.Money(Metric.Revenue, start, end);
        metrics[OperatingIncome] = facts.Money(Metric.OperatingIncome, start, end);
        metrics[NetIncome] = facts.Money(Metric.NetIncome, start, end);
        metrics[RndExpense] = facts.Money(Metric.RndExpense, start, end);
        metrics[Capex] = facts.Money(Metric.Capex, start, end);
        metrics[RestructuringCharges] = facts.Money(Metric.RestructuringCharges, start, end);

        var (divisor, basis, headcountSources) = PerEmployeeDivisor(startHeadcount, endHeadcount);
        metrics[RevenuePerEmployee] = PerEmployee(Revenue, metrics[Revenue], divisor, headcountSources);
        metrics[CapexPerEmployee] = PerEmployee(Capex, metrics[Capex], divisor, headcountSources);
        metrics[OperatingMargin] = Ratio(OperatingIncome, metrics[OperatingIncome], metrics[Revenue]);
        metrics[RndIntensity] = Ratio(RndExpense, metrics[RndExpense], metrics[Revenue]);
        LayoffMetrics.Add(metrics, start, end, layoffs, startHeadcount);
        return new Result(All.ToDictionary(m => m, m => metrics[m], StringComparer.Ordinal), endHeadcount, basis);
    }

    private static (decimal? Divisor, string? Basis, Citation[] Sources) PerEmployeeDivisor(HeadcountEntity? start, HeadcountEntity? end) => (start, end) switch
    {
        (not null, not null) => ((start.Employees + end.Employees) / 2m, "average of start and end headcount", [PeriodFacts.Cite(start), PeriodFacts.Cite(end)]),
        (null, not null) => (end.Employees, "end-of-year headcount (start unknown)", [PeriodFacts.Cite(end)]),
        _ => (null, null, []),
    };

    private static MetricCell PerEmployee(string what, MetricCell amount, decimal? divisor, Citation[] headcountSources)
    {
        if (amount.Value is null || divisor is null or 0)
        {
            return MetricCell.Missing("USD per employee", amount.Value is null ? $"needs {what}" : "needs year-end headcount");
        }

        return new MetricCell(Math.Round(amount.Value.Value / divisor.Value, 0), "USD per employee", amount.Note, [.. amount.Sources, .. headcountSources]);
    }

    private static MetricCell Ratio(string what, MetricCell part, MetricCell whole)
    {
        if (part.Value is null || whole.Value is null or 0)
        {
            return MetricCell.Missing("%", part.Value is null ? $"needs {what}" : "needs revenue");
        }

        return new MetricCell(Pct(part.Value.Value, whole.Value.Value), "%", null, [.. part.Sources, .. whole.Sources]);
    }

    private static decimal Pct(decimal part, decimal whole) => Math.Round(part / whole * 100m, 2);

    private static string? ScopeNote(HeadcountEntity start, HeadcountEntity end) =>
        start.Scope == end.Scope ? null : $"scope changed from {start.Scope} to {end.Scope}";
}
