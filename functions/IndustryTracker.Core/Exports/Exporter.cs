using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes each dataset (<see cref="ExportDatasets.All"/>) to <c>exports/&lt;dataset&gt;/latest.csv</c> and a dated
/// snapshot, a Parquet file beside each, then <c>exports/manifest.json</c> (and, on request, local copies of all).
/// The files carry no generation time, so the same data exports byte-identical CSV; the date is in the name.
/// </summary>
public sealed class Exporter(TrackerStorage storage, ExportSources sources, TimeProvider time, ILogger<Exporter> logger)
{
    private static readonly BlobHttpHeaders CsvHeaders = new() { ContentType = "text/csv; charset=utf-8" };
    private static readonly BlobHttpHeaders ParquetHeaders = new() { ContentType = "application/vnd.apache.parquet" };
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    public async Task<ExportResult> ExportAsync(string? localDirectory, CancellationToken cancellationToken)
    {
        var contents = await sources.RenderAsync(cancellationToken);
        var generatedAt = time.GetUtcNow();
        var date = ExportDates.Text(DateOnly.FromDateTime(generatedAt.UtcDateTime));
        var local = new List<string>();
        var results = new List<DatasetExport>();
        var manifest = new List<ManifestDataset>();
        foreach (var content in contents)
        {
            var name = content.Dataset.Name;
            var csv = new ManifestFiles($"{name}/latest.csv", $"{name}/{date}.csv", content.Csv.Length);
            var parquet = new ManifestFiles($"{name}/latest.parquet", $"{name}/{date}.parquet", content.Parquet.Length);
            // Dated first: latest is what readers poll, so it is replaced only once the snapshot exists.
            await WriteAsync(csv.Dated, content.Csv, CsvHeaders, localDirectory, local, cancellationToken);
            await WriteAsync(csv.Latest, content.Csv, CsvHeaders, localDirectory, local, cancellationToken);
            await WriteAsync(parquet.Dated, content.Parquet, ParquetHeaders, localDirectory, local, cancellationToken);
            await WriteAsync(parquet.Latest, content.Parquet, ParquetHeaders, localDirectory, local, cancellationToken);

            results.Add(new DatasetExport(name, content.Rows, content.Csv.Length, csv.Latest, csv.Dated, parquet.Latest, parquet.Dated, content.NewestSourceDate));
            manifest.Add(new ManifestDataset(
                name, content.Dataset.Description, content.Rows, generatedAt, content.NewestSourceDate, content.Dataset.NewestSourceDateRule,
                csv, parquet, content.Dataset.Columns.Select(ManifestColumn.From).ToList()));
            PipelineLog.Exported(logger, content.Rows, csv.Latest, csv.Dated);
        }

        var written = new ExportManifest(generatedAt, manifest);
        await WriteAsync(ExportManifest.Blob, written.ToJson(), JsonHeaders, localDirectory, local, cancellationToken);
        return new ExportResult(results, local, written);
    }

    private async Task WriteAsync(string blob, byte[] bytes, BlobHttpHeaders headers, string? localDirectory, List<string> local, CancellationToken cancellationToken)
    {
        await storage.Exports.GetBlobClient(blob).UploadAsync(new BinaryData(bytes), new BlobUploadOptions { HttpHeaders = headers }, cancellationToken);
        if (!string.IsNullOrWhiteSpace(localDirectory))
        {
            var path = Path.Combine(localDirectory, blob);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            local.Add(path);
        }
    }
}
