using System.Diagnostics;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Pipeline;

/// <summary>One full cycle on one machine: collect → normalize → recompute → export, the same steps the function app runs as triggers.</summary>
public sealed class IngestCycle(
    TrackerStorage storage,
    SecCollector sec,
    WarnCollector warn,
    NewsroomCollector newsroom,
    Normalizer normalizer,
    Recomputer recomputer,
    Exporter exporter,
    QueueDrainer drainer)
{
    public async Task<IngestSummary> RunAsync(IReadOnlyCollection<string>? tickers, string? exportDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await storage.EnsureCreatedAsync(cancellationToken);
        var secSummary = await sec.CollectAsync(tickers, progress, cancellationToken);
        var warnSummary = await warn.CollectAsync(progress, cancellationToken);
        var newsroomSummary = await newsroom.CollectAsync(tickers, progress, cancellationToken);

        progress?.Report("Normalizing archived documents");
        var facts = 0;
        var normalized = await drainer.DrainAsync(storage.Normalize, storage.NormalizePoison, storage.MaxDequeueCount, parallelism: 2, async (message, attempt, ct) =>
        {
            Interlocked.Add(ref facts, await normalizer.HandleAsync(message, attempt, ct));
            progress?.Report($"Normalized a document ({facts} facts so far)");
        }, cancellationToken);

        progress?.Report("Recomputing benchmarks");
        var recomputed = await drainer.DrainAsync(storage.Recompute, poison: null, storage.MaxDequeueCount, parallelism: 1, (message, _, ct) => recomputer.HandleAsync(message, ct), cancellationToken);

        progress?.Report("Exporting CSV");
        var export = await exporter.ExportAsync(exportDirectory, cancellationToken);
        return new IngestSummary([secSummary, warnSummary, newsroomSummary], normalized, facts, recomputed, export, clock.Elapsed);
    }
}
