using System.Globalization;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>The span a stated date covers: a day, or the whole month, quarter or year the text names.</summary>
public readonly record struct DateWindow(DateOnly Start, DateOnly End, DatePrecision Precision)
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

    /// <summary>As precise as it was stated: 2023-01-18, 2023-03, 2022-Q4, 2022.</summary>
    public string Label() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}"),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };
}
