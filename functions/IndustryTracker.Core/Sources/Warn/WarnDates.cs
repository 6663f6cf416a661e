using System.Globalization;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>Parses a state's dates in its exact formats, invariant culture; anything else is not a date (null).</summary>
internal static class WarnDates
{
    // Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for; valid for every date after March 1900.
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    // Serials of 1990-01-01 .. 2100-01-01: a WARN date outside this is a stray number, not a date.
    private const double MinSerial = 32874;
    private const double MaxSerial = 73051;

    public static DateOnly? Parse(string? text, WarnColumnMap map)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var format in map.DateFormats)
        {
            // DateTime rather than DateOnly: several states' formats carry a (midnight) time of day.
            if (DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return DateOnly.FromDateTime(parsed);
            }
        }

        if (map.ExcelSerialDates
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is >= MinSerial and < MaxSerial)
        {
            return ExcelEpoch.AddDays((int)Math.Floor(serial));
        }

        return null;
    }
}
