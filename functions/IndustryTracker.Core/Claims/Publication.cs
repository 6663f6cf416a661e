namespace IndustryTracker.Core.Claims;

/// <summary>Where a claim was published: the piece, its author, the file or address it is read from, and the passage.</summary>
public sealed record Publication(string Title, string? Author, string Source, string? Passage, string? CitesAs);
