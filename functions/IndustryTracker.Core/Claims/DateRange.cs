using System.Globalization;

namespace IndustryTracker.Core.Claims;

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() => From == To
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
