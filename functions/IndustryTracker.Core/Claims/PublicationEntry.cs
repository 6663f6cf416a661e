namespace IndustryTracker.Core.Claims;

/// <summary>A publication as written in the claims file (its key is what claims' <c>publishedIn</c> names).</summary>
internal sealed record PublicationEntry(string? Title, string? Author, string? Source, string? CitesAs);
