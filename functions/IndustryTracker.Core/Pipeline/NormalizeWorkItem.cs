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

    /// <summary>The work item of an archived document, from its registry row (used at intake and by reprocessing).</summary>
    public static NormalizeWorkItem For(Storage.DocumentRecord row) => new(
        row.Ticker, row.RowKey, row.Kind, row.Url, row.BlobName!, row.Sha256!, row.Accession, row.Form,
        row.ReportDate is { } r ? DateOnly.FromDateTime(r) : null,
        row.FilingDate is { } f ? DateOnly.FromDateTime(f) : null);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static NormalizeWorkItem FromJson(string json) =>
        JsonSerializer.Deserialize<NormalizeWorkItem>(json, Json) ?? throw new FormatException("Empty normalize work item.");
}
