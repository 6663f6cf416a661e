namespace IndustryTracker.Core.Facts;

/// <summary>Where a fact came from: the document, its URL and filing. Part of every fact, never optional.</summary>
public sealed record Provenance(
    string SourceKind,
    string Url,
    string? Accession,
    string? Form,
    DateOnly? FilingDate,
    string DocumentKey);
