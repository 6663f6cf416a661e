namespace IndustryTracker.Core.Claims;

/// <summary>A check as written in the claims file: the union of every kind's fields, validated per kind.</summary>
internal sealed record CheckEntry(
    string? Kind,
    string? Company,
    string? AsOf,
    PeriodEntry? Period,
    string? Comparator,
    decimal? Expected,
    decimal? Max,
    decimal? TolerancePct,
    int? Rounds,
    string? By,
    string? Metric,
    List<string>? Companies,
    string? Reason);
