namespace IndustryTracker.Core.Benchmarks;

/// <summary>Where a number came from: the document and the sentence or XBRL element that states it.</summary>
public sealed record Citation(string Kind, string Url, string? Accession, string? Form, string Quote);
