using System.Globalization;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>Parses a worker count: "1,234" (CA), "12" or a spreadsheet's "12.0"; anything else, or a negative, is null.</summary>
internal static class WarnCounts
{
    public static int? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        // Spreadsheet cells arrive as doubles; accept them only when they are whole numbers.
        return double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            && number >= 0 && number <= int.MaxValue && number == Math.Floor(number)
            ? (int)number
            : null;
    }
}
