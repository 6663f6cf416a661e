namespace IndustryTracker.Core.Claims;

/// <summary>A claim as written in the claims file.</summary>
internal sealed record ClaimEntry(string? Id, string? Text, string? PublishedIn, string? Passage, CheckEntry? Check, string? Note, string? SettledBy);
