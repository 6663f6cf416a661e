using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes each dataset (<see cref="ExportDatasets.All"/>) to <c>exports/&lt;dataset&gt;/latest.csv</c> and a dated
/// snapshot, a Parquet file beside each, then <c>exports/manifest.json</c> (and, on request, local copies of all).
/// The files carry no generation time, so the same data exports byte-identical CSV; the date is in the name.
/// A file whose stored copy already has the same bytes is not uploaded again, and the manifest is rewritten only
/// when a file was: an unchanged run writes no blob.
/// </summary>
public sealed class Exporter(TrackerStorage storage, ExportSources sources, TimeProvider time, ILogger<Exporter> logger)
{
    private static readonly BlobHttpHeaders CsvHeaders = new() { ContentType = "text/csv; charset=utf-8" };
    private static readonly BlobHttpHeaders ParquetHeaders = new() { ContentType = "application/vnd.apache.parquet" };
    // The SHA-256 of the uploaded bytes, kept with the blob so an unchanged file is recognised without downloading it.
    private const string HashMetadata = "sha256";
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    public async Task<ExportResult> ExportAsync(string? localDirectory, CancellationToken cancellationToken)
    {
        var contents = await sources.RenderAsync(cancellationToken);
        var generatedAt = time.GetUtcNow();
        var date = ExportDates.Text(DateOnly.FromDateTime(generatedAt.UtcDateTime));
        var local = new List<string>();
        var uploaded = 0;
        var results = new List<DatasetExport>();
        var manifest = new List<ManifestDataset>();
        foreach (var content in contents)
        {
            var name = content.Dataset.Name;
            var csv = new ManifestFiles($"{name}/latest.csv", $"{name}/{date}.csv", content.Csv.Length);
            var parquet = new ManifestFiles($"{name}/latest.parquet", $"{name}/{date}.parquet", content.Parquet.Length);
            // Dated first: latest is what readers poll, so it is replaced only once the snapshot exists.
            uploaded += await WriteAsync(csv.Dated, content.Csv, CsvHeaders, localDirectory, local, cancellationToken);
            uploaded += await WriteAsync(csv.Latest, content.Csv, CsvHeaders, localDirectory, local, cancellationToken);
            uploaded += await WriteAsync(parquet.Dated, content.Parquet, ParquetHeaders, localDirectory, local, cancellationToken);
            uploaded += await WriteAsync(parquet.Latest, content.Parquet, ParquetHeaders, localDirectory, local, cancellationToken);

            results.Add(new DatasetExport(name, content.Rows, content.Csv.Length, csv.Latest, csv.Dated, parquet.Latest, parquet.Dated, content.NewestSourceDate));
            manifest.Add(new ManifestDataset(
                name, content.Dataset.Description, content.Rows, generatedAt, content.NewestSourceDate, content.Dataset.NewestSourceDateRule,
                csv, parquet, content.Dataset.Columns.Select(ManifestColumn.From).ToList()));
            PipelineLog.Exported(logger, content.Rows, csv.Latest, csv.Dated);
        }

        var written = new ExportManifest(generatedAt, manifest);
        if (uploaded > 0 || !await storage.Exports.GetBlobClient(ExportManifest.Blob).ExistsAsync(cancellationToken))
        {
            await WriteAsync(ExportManifest.Blob, written.ToJson(), JsonHeaders, localDirectory, local, cancellationToken, force: true);
        }
        else
        {
            await WriteLocalAsync(ExportManifest.Blob, written.ToJson(), localDirectory, local, cancellationToken);
        }

        return new ExportResult(results, local, written);
    }

    /// <returns>1 when the blob was uploaded, 0 when its stored copy already had these bytes.</returns>
    private async Task<int> WriteAsync(string blob, byte[] bytes, BlobHttpHeaders headers, string? localDirectory, List<string> local, CancellationToken cancellationToken, bool force = false)
    {
        var client = storage.Exports.GetBlobClient(blob);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var upload = force || await StoredHashAsync(client, cancellationToken) != hash;
        if (upload)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [HashMetadata] = hash };
            await client.UploadAsync(new BinaryData(bytes), new BlobUploadOptions { HttpHeaders = headers, Metadata = metadata }, cancellationToken);
        }

        await WriteLocalAsync(blob, bytes, localDirectory, local, cancellationToken);
        return upload ? 1 : 0;
    }

    private static async Task<string?> StoredHashAsync(BlobClient client, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await client.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.Metadata.TryGetValue(HashMetadata, out var hash) ? hash : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static async Task WriteLocalAsync(string blob, byte[] bytes, string? localDirectory, List<string> local, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(localDirectory))
        {
            var path = Path.Combine(localDirectory, blob);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            local.Add(path);
        }
    }
}
