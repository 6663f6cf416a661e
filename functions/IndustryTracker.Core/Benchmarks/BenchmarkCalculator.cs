using System.Globalization;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// Builds one row per fiscal year from a company's stored facts. Pure: facts in, rows out. A fiscal year gets a row
/// when any annual figure, year-end headcount or layoff event falls in it.
/// </summary>
public static class BenchmarkCalculator
{
    public static IReadOnlyList<BenchmarkRow> Calculate(Company company, IReadOnlyList<HeadcountEntity> headcount, IReadOnlyList<FinancialEntity> financials) =>
        Calculate(company, headcount, financials, []);

    public static IReadOnlyList<BenchmarkRow> Calculate(Company company, IReadOnlyList<HeadcountEntity> headcount, IReadOnlyList<FinancialEntity> financials, IReadOnlyList<LayoffEvent> layoffs)
    {
        var calendar = new FiscalCalendar(company);
        var facts = new PeriodFacts(headcount, financials);
        var annualYears = financials
            .Where(f => f.PeriodStart is not null && FiscalCalendar.IsAnnual(PeriodFacts.Date(f.PeriodStart), PeriodFacts.Date(f.PeriodEnd)))
            .Select(f => calendar.YearEndingAt(PeriodFacts.Date(f.PeriodEnd)));
        var headcountYears = headcount
            .Select(h => calendar.YearEndingAt(PeriodFacts.Date(h.AsOf)));
        var layoffYears = layoffs.Select(e => (int?)calendar.YearContaining(DateOnly.ParseExact(e.AnnouncedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var years = annualYears.Concat(headcountYears).Concat(layoffYears).OfType<int>().Distinct().Order();
        return years.Select(year =>
        {
            var (start, end) = (calendar.YearStart(year), calendar.YearEnd(year));
            var result = PeriodMetrics.Compute(facts, start, end, layoffs);
            return new BenchmarkRow(
                company.Ticker, year, start, end,
                result.EndHeadcount is null ? null : PeriodFacts.Date(result.EndHeadcount.AsOf), result.EndHeadcount?.Scope, result.PerEmployeeBasis,
                result.Metrics);
        }).ToList();
    }
}
