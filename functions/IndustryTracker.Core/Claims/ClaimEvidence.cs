using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// One stored fact a verdict rests on: what it is, its value and date, and the documents that state it (URL,
/// accession, form, and the quoted sentence or XBRL element), in the same <see cref="Citation"/> shape the API serves.
/// </summary>
public sealed record ClaimEvidence(string Role, string What, decimal? Value, string? Date, IReadOnlyList<Citation> Sources);
