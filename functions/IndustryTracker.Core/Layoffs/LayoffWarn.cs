namespace IndustryTracker.Core.Layoffs;

/// <summary>One WARN notice attached to an event, as served.</summary>
public sealed record LayoffWarn(string State, string Employer, string? Site, int? Workers, string? Received, string? Effective, bool Subsidiary, string Url);
