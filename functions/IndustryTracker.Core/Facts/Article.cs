namespace IndustryTracker.Core.Facts;

/// <summary>A newsroom article page reduced to what the statement extractor reads.</summary>
public sealed record Article(string Title, DateTimeOffset? Published, string BodyText);
