using IndustryTracker.Core.Companies;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// A company's fiscal years, labelled by the calendar year they end in. Dates within a week of the nominal
/// year end count as that year end, since 52/53-week years end on a weekday near it.
/// </summary>
public sealed class FiscalCalendar(Company company)
{
    public const int ToleranceDays = 7;

    public DateOnly YearEnd(int fiscalYear)
    {
        var day = Math.Min(company.FiscalYearEndDay, DateTime.DaysInMonth(fiscalYear, company.FiscalYearEndMonth));
        return new DateOnly(fiscalYear, company.FiscalYearEndMonth, day);
    }

    public DateOnly YearStart(int fiscalYear) => YearEnd(fiscalYear - 1).AddDays(1);

    /// <summary>The fiscal year whose end is within tolerance of <paramref name="date"/>, if any.</summary>
    public int? YearEndingAt(DateOnly date)
    {
        foreach (var year in new[] { date.Year, date.Year + 1, date.Year - 1 })
        {
            if (IsNear(date, YearEnd(year)))
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>The fiscal year a date falls in.</summary>
    public int YearContaining(DateOnly date) => date > YearEnd(date.Year) ? date.Year + 1 : date.Year;

    public static bool IsNear(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber) <= ToleranceDays;

    /// <summary>Whether a duration is a full fiscal year (350–380 days).</summary>
    public static bool IsAnnual(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber is >= 350 and <= 380;
}
