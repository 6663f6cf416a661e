using System.Globalization;
using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Exports;

/// <summary>Writes <c>exports/benchmarks/latest.csv</c> and a dated snapshot (and, on request, local copies).</summary>
public sealed class BenchmarkExporter(
    TrackerStorage storage,
    BenchmarkStore benchmarks,
    CompanyCatalog catalog,
    IOptions<ExportOptions> options,
    TimeProvider time,
    ILogger<BenchmarkExporter> logger)
{
    public async Task<ExportResult> ExportAsync(string? localDirectory, CancellationToken cancellationToken)
    {
        var rows = await benchmarks.QueryAsync(catalog.Companies.Select(c => c.Ticker), null, null, cancellationToken);
        var bytes = BenchmarkCsv.Write(rows);
        var prefix = options.Value.BenchmarksPrefix.TrimEnd('/');
        var date = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var latest = $"{prefix}/latest.csv";
        var dated = $"{prefix}/{date}.csv";
        var headers = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" };
        foreach (var name in new[] { dated, latest })
        {
            await storage.Exports.GetBlobClient(name).UploadAsync(new BinaryData(bytes), new BlobUploadOptions { HttpHeaders = headers }, cancellationToken);
        }

        var local = new List<string>();
        if (!string.IsNullOrWhiteSpace(localDirectory))
        {
            Directory.CreateDirectory(Path.Combine(localDirectory, prefix));
            foreach (var name in new[] { dated, latest })
            {
                var path = Path.Combine(localDirectory, name);
                await File.WriteAllBytesAsync(path, bytes, cancellationToken);
                local.Add(path);
            }
        }

        PipelineLog.Exported(logger, rows.Count, latest, dated);
        return new ExportResult(rows.Count, bytes.Length, latest, dated, local);
    }
}
