using System.Globalization;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>
/// The span a stated date covers: a day, or the whole month, quarter or year the text names. <see cref="Fiscal"/> is
/// set when the text named a fiscal quarter and the company's fiscal calendar turned it into these dates.
/// </summary>
public readonly record struct DateWindow(DateOnly Start, DateOnly End, DatePrecision Precision, FiscalQuarter? Fiscal = null)
{
    public static DateWindow Of(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new(start, start, precision),
        DatePrecision.Month => new(start, start.AddMonths(1).AddDays(-1), precision),
        DatePrecision.Quarter => new(start, start.AddMonths(3).AddDays(-1), precision),
        _ => new(start, start.AddYears(1).AddDays(-1), precision),
    };

    /// <summary>Days between two windows; 0 when they overlap.</summary>
    public int DaysFrom(DateWindow other)
    {
        if (End < other.Start)
        {
            return other.Start.DayNumber - End.DayNumber;
        }

        return other.End < Start ? Start.DayNumber - other.End.DayNumber : 0;
    }

    /// <summary>A fiscal quarter through the company's fiscal calendar: the quarter's months, counted from the year's start.</summary>
    public static DateWindow OfFiscal(FiscalQuarter quarter, Benchmarks.FiscalCalendar calendar)
    {
        var start = calendar.YearStart(quarter.FiscalYear).AddMonths((quarter.Quarter - 1) * 3);
        var end = quarter.Quarter == 4 ? calendar.YearEnd(quarter.FiscalYear) : start.AddMonths(3).AddDays(-1);
        return new(start, end, DatePrecision.Quarter, quarter);
    }

    /// <summary>As precise as it was stated: 2023-01-18, 2023-03, 2022-Q4, 2022; a fiscal quarter with its dates: FY2024-Q2 (2023-10-01..2023-12-31).</summary>
    public string Label() => Fiscal is { } fiscal
        ? string.Create(CultureInfo.InvariantCulture, $"{fiscal} ({Start:yyyy-MM-dd}..{End:yyyy-MM-dd})")
        : Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}"),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };
}
