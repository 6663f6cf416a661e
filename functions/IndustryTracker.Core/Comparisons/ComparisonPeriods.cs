using System.Globalization;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;

namespace IndustryTracker.Core.Comparisons;

/// <summary>
/// The periods a company is compared over. Fiscal periods follow its own year end (labelled FY2023, FY2024-Q1);
/// calendar periods are the same for everyone (2023, 2023-Q3), which lets companies with different year ends be set
/// side by side.
/// </summary>
public static class ComparisonPeriods
{
    public sealed record Period(string Label, DateOnly Start, DateOnly End, string Alignment);

    public static IEnumerable<Period> For(Company company, int from, int to, bool quarterly, bool calendar)
    {
        var fiscal = new FiscalCalendar(company);
        var december = company.FiscalYearEnd == "1231";
        for (var year = from; year <= to; year++)
        {
            var (start, end) = calendar ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : (fiscal.YearStart(year), fiscal.YearEnd(year));
            var alignment = calendar && !december
                ? $"calendar {(quarterly ? "quarter" : "year")}; the company's fiscal year ends {company.FiscalYearEndMonth:D2}-{company.FiscalYearEndDay:D2}, so figures are built from its quarterly and year-to-date reports"
                : calendar ? "calendar year = fiscal year (it ends 12-31)" : $"fiscal {(quarterly ? "quarter" : "year")} ending {company.FiscalYearEndMonth:D2}-{company.FiscalYearEndDay:D2}";
            if (!quarterly)
            {
                yield return new Period(calendar ? year.ToString(CultureInfo.InvariantCulture) : $"FY{year}", start, end, alignment);
                continue;
            }

            for (var q = 0; q < 4; q++)
            {
                var qStart = start.AddMonths(3 * q);
                var qEnd = q == 3 ? end : qStart.AddMonths(3).AddDays(-1);
                yield return new Period(calendar ? $"{year}-Q{q + 1}" : $"FY{year}-Q{q + 1}", qStart, qEnd, alignment);
            }
        }
    }
}
