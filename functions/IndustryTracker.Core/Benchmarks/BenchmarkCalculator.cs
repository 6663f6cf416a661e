using System.Globalization;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Storage.Entities;
using static IndustryTracker.Core.Benchmarks.BenchmarkMetrics;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// Builds one row per fiscal year from a company's stored facts. Pure: facts in, rows out.
/// Where several documents state the same figure, the latest filing wins (it carries any restatement).
/// </summary>
public static class BenchmarkCalculator
{
    private const string Usd = "USD";

    public static IReadOnlyList<BenchmarkRow> Calculate(Company company, IReadOnlyList<HeadcountEntity> headcount, IReadOnlyList<FinancialEntity> financials) =>
        Calculate(company, headcount, financials, []);

    public static IReadOnlyList<BenchmarkRow> Calculate(Company company, IReadOnlyList<HeadcountEntity> headcount, IReadOnlyList<FinancialEntity> financials, IReadOnlyList<Layoffs.LayoffEvent> layoffs)
    {
        var calendar = new FiscalCalendar(company);
        var annual = financials
            .Where(f => f.PeriodStart is not null && FiscalCalendar.IsAnnual(Date(f.PeriodStart), Date(f.PeriodEnd)))
            .Select(f => (Year: calendar.YearEndingAt(Date(f.PeriodEnd)), Fact: f))
            .Where(x => x.Year is not null)
            .ToLookup(x => (x.Year!.Value, x.Fact.Metric), x => x.Fact);
        var employees = headcount
            .Select(h => (Year: calendar.YearEndingAt(Date(h.AsOf)), Fact: h))
            .Where(x => x.Year is not null && FiscalCalendar.IsNear(Date(x.Fact.AsOf), calendar.YearEnd(x.Year!.Value)))
            .GroupBy(x => x.Year!.Value)
            .ToDictionary(g => g.Key, g => Latest(g.Select(x => x.Fact), h => h.FilingDate));

        var layoffYears = layoffs.Select(e => calendar.YearContaining(DateOnly.ParseExact(e.AnnouncedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var years = annual.Select(g => g.Key.Item1).Concat(employees.Keys).Concat(layoffYears).Distinct().Order();
        return years.Select(year => Row(company, calendar, year, employees, annual, layoffs)).ToList();
    }

    private static BenchmarkRow Row(Company company, FiscalCalendar calendar, int year, Dictionary<int, HeadcountEntity> employees, ILookup<(int, string), FinancialEntity> annual, IReadOnlyList<Layoffs.LayoffEvent> layoffs)
    {
        var end = employees.GetValueOrDefault(year);
        var start = employees.GetValueOrDefault(year - 1);
        var metrics = new Dictionary<string, MetricCell>(StringComparer.Ordinal);
        metrics[Employees] = end is null
            ? MetricCell.Missing("people", $"no headcount statement as of the fiscal year end ({calendar.YearEnd(year):yyyy-MM-dd})")
            : new MetricCell(end.Employees, "people", end.Approximate ? "approximate" : null, [Cite(end)]);
        metrics[EmployeesChangePct] = end is null || start is null
            ? MetricCell.Missing("%", $"needs headcount at the end of FY{year - 1} and FY{year}")
            : new MetricCell(Pct(end.Employees - start.Employees, start.Employees), "%", ScopeNote(start, end), [Cite(start), Cite(end)]);

        var revenue = Money(metrics, Revenue, Metric.Revenue, year, annual);
        Money(metrics, OperatingIncome, Metric.OperatingIncome, year, annual);
        Money(metrics, NetIncome, Metric.NetIncome, year, annual);
        Money(metrics, RndExpense, Metric.RndExpense, year, annual);
        Money(metrics, Capex, Metric.Capex, year, annual);
        Money(metrics, RestructuringCharges, Metric.RestructuringCharges, year, annual);

        var (divisor, basis, headcountSources) = PerEmployeeDivisor(start, end);
        metrics[RevenuePerEmployee] = PerEmployee(Revenue, metrics[Revenue], divisor, headcountSources);
        metrics[CapexPerEmployee] = PerEmployee(Capex, metrics[Capex], divisor, headcountSources);
        metrics[OperatingMargin] = Ratio(OperatingIncome, metrics[OperatingIncome], revenue);
        metrics[RndIntensity] = Ratio(RndExpense, metrics[RndExpense], revenue);
        LayoffMetrics.Add(metrics, calendar.YearStart(year), calendar.YearEnd(year), layoffs, start);

        return new BenchmarkRow(
            company.Ticker, year, calendar.YearStart(year), calendar.YearEnd(year),
            end is null ? null : Date(end.AsOf), end?.Scope, basis,
            All.ToDictionary(m => m, m => metrics[m], StringComparer.Ordinal));
    }

    private static MetricCell Money(Dictionary<string, MetricCell> metrics, string name, Metric metric, int year, ILookup<(int, string), FinancialEntity> annual)
    {
        var facts = annual[(year, metric.ToString())].ToList();
        var cell = facts.Count == 0
            ? MetricCell.Missing(Usd, $"no {metric} fact for a full fiscal year {year} in the filings' XBRL")
            : Cell(Latest(facts, f => f.Filed));
        metrics[name] = cell;
        return cell;

        static MetricCell Cell(FinancialEntity f) => new((decimal)f.Value, f.Unit, null, [Cite(f)]);
    }

    private static (decimal? Divisor, string? Basis, Citation[] Sources) PerEmployeeDivisor(HeadcountEntity? start, HeadcountEntity? end) => (start, end) switch
    {
        (not null, not null) => ((start.Employees + end.Employees) / 2m, "average of start and end headcount", [Cite(start), Cite(end)]),
        (null, not null) => (end.Employees, "end-of-year headcount (start unknown)", [Cite(end)]),
        _ => (null, null, []),
    };

    private static MetricCell PerEmployee(string what, MetricCell amount, decimal? divisor, Citation[] headcountSources)
    {
        if (amount.Value is null || divisor is null or 0)
        {
            return MetricCell.Missing("USD per employee", amount.Value is null ? $"needs {what}" : "needs year-end headcount");
        }

        return new MetricCell(Math.Round(amount.Value.Value / divisor.Value, 0), "USD per employee", null, [.. amount.Sources, .. headcountSources]);
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

    private static T Latest<T>(IEnumerable<T> facts, Func<T, string?> filed) =>
        facts.OrderByDescending(f => filed(f) ?? "", StringComparer.Ordinal).First();

    private static Citation Cite(HeadcountEntity h) => new(h.SourceKind, h.Url, h.Accession, h.Form, h.Sentence);

    private static Citation Cite(FinancialEntity f) =>
        new(f.SourceKind, f.Url, f.Accession, f.Form, $"XBRL {f.Concept} {f.PeriodStart}..{f.PeriodEnd}");

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
