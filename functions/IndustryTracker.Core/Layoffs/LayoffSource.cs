using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Layoffs;

/// <summary>One statement behind an event, as served: the document, its date, the count it states, the sentence.</summary>
/// <remarks>An editor statement (<c>kind: "editor"</c>) also names its publisher and who added it when; other sources leave them out.</remarks>
public sealed record LayoffSource(
    string Kind,
    string Url,
    string? Accession,
    string Date,
    long? Count,
    string? CountQualifier,
    decimal? ChargesUsd,
    string Sentence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Publisher = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AddedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? AddedAt = null);
