using System.Globalization;
using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Writes each dataset to <c>exports/&lt;dataset&gt;/latest.csv</c> and a dated snapshot (and, on request, local copies):
/// benchmarks, layoffs (reconciled events) and warn (every stored notice, matched or not).
/// </summary>
public sealed class Exporter(
    TrackerStorage storage,
    BenchmarkStore benchmarks,
    LayoffStore layoffs,
    WarnStore warn,
    CompanyCatalog catalog,
    TimeProvider time,
    ILogger<Exporter> logger)
{
    public async Task<ExportResult> ExportAsync(string? localDirectory, CancellationToken cancellationToken)
    {
        var tickers = catalog.Companies.Select(c => c.Ticker).ToList();
        var datasets = new List<(string Name, int Rows, byte[] Bytes)>
        {
            await Dataset("benchmarks", () => benchmarks.QueryAsync(tickers, null, null, cancellationToken), BenchmarkCsv.Write),
            await Dataset("layoffs", () => layoffs.QueryAsync(tickers, null, null, cancellationToken), LayoffCsv.Write),
            await Dataset("warn", () => warn.QueryAsync([.. tickers, WarnEntity.Unmatched], null, null, null, cancellationToken), WarnCsv.Write),
        };

        var date = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var headers = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" };
        var results = new List<DatasetExport>();
        var local = new List<string>();
        foreach (var (name, rows, bytes) in datasets)
        {
            var latest = $"{name}/latest.csv";
            var dated = $"{name}/{date}.csv";
            foreach (var blob in new[] { dated, latest })
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

            results.Add(new DatasetExport(name, rows, bytes.Length, latest, dated));
            PipelineLog.Exported(logger, rows, latest, dated);
        }

        return new ExportResult(results, local);
    }

    private static async Task<(string, int, byte[])> Dataset<T>(string name, Func<Task<IReadOnlyList<T>>> read, Func<IEnumerable<T>, byte[]> write)
    {
        var rows = await read();
        return (name, rows.Count, write(rows));
    }
}
