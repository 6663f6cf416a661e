namespace IndustryTracker.Core.Claims;

/// <summary>A period as written in the claims file: two yyyy-MM-dd dates, inclusive.</summary>
internal sealed record PeriodEntry(string? From, string? To);
