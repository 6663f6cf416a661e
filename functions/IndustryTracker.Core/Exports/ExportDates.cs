using System.Globalization;

namespace IndustryTracker.Core.Exports;

/// <summary>The stores keep dates as yyyy-MM-dd text; exports type them as dates.</summary>
public static class ExportDates
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>A stored date, or null when absent. A malformed one throws: a silent null would hide a bug.</summary>
    public static DateOnly? Parse(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, Format, CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The newest of the given dates, ignoring absent ones; null when none is known.</summary>
    public static DateOnly? Newest(IEnumerable<DateOnly?> dates) => dates.Where(d => d is not null).Max();
}
