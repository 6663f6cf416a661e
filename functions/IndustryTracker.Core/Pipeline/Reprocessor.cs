using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// Re-runs parsing over documents already archived — after a parser fix, or to retry quarantined ones. Nothing is
/// fetched: each document's work item is queued again and the queues drained as a cycle would. Idempotent, because
/// normalization replaces exactly each document's facts and recompute rebuilds from facts.
/// </summary>
public sealed class Reprocessor(TrackerStorage storage, DocumentIntake intake, CompanyCatalog catalog, Normalizer normalizer, Recomputer recomputer, QueueDrainer drainer)
{
    public sealed record Result(int Queued, DrainResult Normalized, DrainResult Recomputed);

    public async Task<Result> RunAsync(bool quarantinedOnly, IReadOnlyCollection<string>? tickers, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var partitions = catalog.Companies.Select(c => c.Ticker).Where(t => tickers is null || tickers.Count == 0 || tickers.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        if (tickers is null || tickers.Count == 0)
        {
            partitions.Add(WarnCollector.Partition);
        }

        var queued = 0;
        foreach (var partition in partitions)
        {
            foreach (var row in (await intake.LoadAsync(partition, cancellationToken)).Values)
            {
                var wanted = quarantinedOnly ? row.Status == DocumentStatus.Quarantined : row.Status is DocumentStatus.Normalized or DocumentStatus.NormalizedWithRejections or DocumentStatus.Quarantined or DocumentStatus.Archived;
                if (wanted && row.BlobName is not null && row.Sha256 is not null)
                {
                    await storage.Normalize.SendMessageAsync(NormalizeWorkItem.For(row).ToJson(), cancellationToken);
                    queued++;
                }
            }
        }

        progress?.Report($"Reprocessing {queued} archived documents");
        var normalized = await drainer.DrainAsync(storage.Normalize, storage.NormalizePoison, storage.MaxDequeueCount, parallelism: 2, (message, attempt, ct) => normalizer.HandleAsync(message, attempt, ct), cancellationToken);
        var recomputed = await drainer.DrainAsync(storage.Recompute, poison: null, storage.MaxDequeueCount, parallelism: 1, (message, _, ct) => recomputer.HandleAsync(message, ct), cancellationToken);
        return new Result(queued, normalized, recomputed);
    }
}
