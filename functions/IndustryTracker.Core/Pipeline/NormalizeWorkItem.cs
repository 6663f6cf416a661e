using System.Text.Json;

namespace IndustryTracker.Core.Pipeline;

/// <summary>The small message queued per new document; it points at the archived blob, never carries the document.</summary>
public sealed record NormalizeWorkItem(
    string Ticker,
    string DocumentKey,
    string Kind,
    string Url,
    string BlobName,
    string Sha256,
    string? Accession,
    string? Form,
    DateOnly? ReportDate,
    DateOnly? FilingDate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static NormalizeWorkItem FromJson(string json) =>
        JsonSerializer.Deserialize<NormalizeWorkItem>(json, Json) ?? throw new FormatException("Empty normalize work item.");
}
