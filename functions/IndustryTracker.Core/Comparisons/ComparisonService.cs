using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Comparisons;

/// <summary>
/// Comparisons across companies. Fiscal years are served from the precomputed benchmark rows; quarters and calendar
/// alignment are built on request from the companies' stored facts (partition reads only), through the same period
/// calculator, so the figures agree wherever both apply.
/// </summary>
public sealed class ComparisonService(CompanyCatalog catalog, BenchmarkStore benchmarks, FactReader facts, LayoffStore layoffs)
{
    public async Task<ComparisonResult> CompareAsync(ComparisonQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<(string Ticker, ComparisonPeriods.Period Period, string? Scope, string? Basis, IReadOnlyDictionary<string, MetricCell> Cells)>();
        foreach (var ticker in query.Tickers)
        {
            var company = catalog.Find(ticker)!;
            if (!query.Quarterly && !query.Calendar)
            {
                foreach (var row in await benchmarks.QueryAsync([company.Ticker], query.From, query.To, cancellationToken))
                {
                    var period = new ComparisonPeriods.Period($"FY{row.FiscalYear}", row.PeriodStart, row.PeriodEnd, $"fiscal year ending {company.FiscalYearEndMonth:D2}-{company.FiscalYearEndDay:D2}");
                    rows.Add((company.Ticker, period, row.EmployeesScope, row.PerEmployeeBasis, row.Metrics));
                }

                continue;
            }

            var headcount = await facts.HeadcountAsync(company.Ticker, cancellationToken);
            var financials = await facts.FinancialsAsync(company.Ticker, cancellationToken);
            var events = await layoffs.QueryAsync([company.Ticker], null, null, cancellationToken);
            var years = financials.Select(f => PeriodFacts.Date(f.PeriodEnd).Year).Concat(headcount.Select(h => PeriodFacts.Date(h.AsOf).Year)).ToList();
            if (years.Count == 0)
            {
                continue;
            }

            var periodFacts = new PeriodFacts(headcount, financials);
            foreach (var period in ComparisonPeriods.For(company, query.From ?? years.Min(), query.To ?? years.Max(), query.Quarterly, query.Calendar))
            {
                var result = PeriodMetrics.Compute(periodFacts, period.Start, period.End, events);
                if (query.Metrics.Any(m => result.Metrics[m].Value is not null))
                {
                    rows.Add((company.Ticker, period, result.EndHeadcount?.Scope, result.PerEmployeeBasis, result.Metrics));
                }
            }
        }

        var ranked = new Dictionary<(string Ticker, string Period), Dictionary<string, RankedCell>>();
        foreach (var group in rows.GroupBy(r => r.Period.Label))
        {
            foreach (var metric in query.Metrics)
            {
                var cells = group.ToDictionary(r => r.Ticker, r => r.Cells[metric], StringComparer.Ordinal);
                foreach (var (ticker, cell) in Ranking.Rank(cells))
                {
                    var key = (ticker, group.Key);
                    if (!ranked.TryGetValue(key, out var metrics))
                    {
                        ranked[key] = metrics = new Dictionary<string, RankedCell>(StringComparer.Ordinal);
                    }

                    metrics[metric] = cell;
                }
            }
        }

        var output = rows
            .OrderBy(r => r.Period.Start).ThenBy(r => r.Ticker, StringComparer.Ordinal)
            .Select(r => new ComparisonRow(r.Ticker, r.Period.Label, r.Period.Start, r.Period.End, r.Period.Alignment, r.Scope, r.Basis, query.Metrics.ToDictionary(m => m, m => ranked[(r.Ticker, r.Period.Label)][m], StringComparer.Ordinal)))
            .ToList();
        return new ComparisonResult(query.Quarterly ? "quarterly" : "annual", query.Calendar ? "calendar" : "fiscal", query.Tickers, query.Metrics, output);
    }
}
