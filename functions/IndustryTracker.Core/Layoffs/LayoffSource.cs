namespace IndustryTracker.Core.Layoffs;

/// <summary>One statement behind an event, as served: the document, its date, the count it states, the sentence.</summary>
public sealed record LayoffSource(string Kind, string Url, string? Accession, string Date, long? Count, string? CountQualifier, decimal? ChargesUsd, string Sentence);
