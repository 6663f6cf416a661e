using System.Text.Json;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// <c>exports/manifest.json</c>: what the last export wrote. Written after every dataset file, so a reader that
/// finds a dataset here finds its files; <c>GET /api/exports</c> serves it with download links.
/// </summary>
public sealed record ExportManifest(DateTimeOffset GeneratedAt, IReadOnlyList<ManifestDataset> Datasets)
{
    public const string Blob = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public ManifestDataset this[string name] => Datasets.Single(d => d.Name == name);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ExportManifest Parse(BinaryData json) =>
        json.ToObjectFromJson<ExportManifest>(Json) ?? throw new InvalidDataException("exports/manifest.json is empty.");
}
