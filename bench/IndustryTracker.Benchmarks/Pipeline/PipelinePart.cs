using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Pipeline;

/// <summary>
/// Part 2: a replay ingest of the whole corpus on a fresh store (wall time, documents/s, peak working set), then a
/// second, unchanged run (requests made, entities and blobs written). The part's normalizer rows
/// (<see cref="NormalizerThroughput"/>) are measured after the other storage parts, so that their message traffic
/// does not weigh on those.
/// </summary>
public static class PipelinePart
{
    public const string Name = "2. Pipeline";

    public static IReadOnlyList<string> Notes { get; } =
    [
        "Pipeline: `IngestCycle` (collect → normalize → recompute → export, as `tracker ingest --replay`) on a fresh in-memory Azurite store, replaying ../shared/fixtures/replay. Peak working set is the benchmark process's, sampled every 20 ms during the first run (Azurite is a separate process). The second run's writes are every table entity and blob whose ETag changed, was added or deleted (any write changes an ETag); the `runs` table is left out because each collector rewrites its run record on every run by design (it feeds /api/health). Requests are the outbound fetches the collectors count; the floor is the number of feeds with a checkpoint (the ones that answered the first run).",
        "Normalizer: N copies of the real normalize work items (read off the queue after the collectors ran), drained by `QueueDrainer` into `Normalizer` exactly as `tracker ingest` does (32 per receive, 2 in parallel); the floor is the same drainer with a handler that does nothing, over N messages of the same text (so the same size) on another queue of the same Azurite: Azurite's own receive+delete throughput. Every handler drains the messages once untimed first (JIT, regexes and connections are paid once per function instance, not per message); then the timed drains take turns, 3 rounds (5 in a full run), and each row keeps the median. After every drain the recompute messages the normalizer queued are cleared, untimed: nothing consumes them here, and a backlog of thousands slows every queue operation of Azurite's in-memory store, the floor's included. Context rows: (a) the normalizer against its own storage work, the same blob read and `Normalizer.StoreAsync` (fact writes, document upsert, recompute messages) with each document parsed beforehand; (b) the least a normalizer handling one message at a time (as a queue-triggered function does) must do, issued bare through the SDK: read the blob, parse it with the bare library parse (AngleSharp for HTML, `JsonDocument` for JSON, nothing for WARN exports), upsert one entity, and the drainer's delete, against the same floor; while that row stays under 0.5, no such normalizer that reads, parses and stores its documents can meet the target as worded (and for the real mix the bare parse alone keeps it far under, however the storage work were batched); (c) the normalizer against (b); (d) storage requests per work item, every request the process sent during a timed drain (through .NET's HTTP diagnostics, as in part 5): the floor sends a delete per message and a receive per 32; the normalizer a blob read, a transaction per WARN partition or fact table, a version check, the document upsert, a recompute message per company changed and the delete. Azurite serves all of them on one Node.js thread, so throughput falls with requests per item (a transaction costs Azurite more than a delete).",
    ];

    public static async Task<IEnumerable<Measurement>> RunAsync(BenchStorage storage, bool quick)
    {
        var rows = new List<Measurement>();
        var settings = storage.Settings("pipe");
        using (var host = await BenchStorage.StartHostAsync(settings))
        {
            var cycle = host.Services.GetRequiredService<IngestCycle>();
            var tables = host.Services.GetRequiredService<TrackerStorage>();
            GC.Collect();
            IngestSummary first;
            var sampler = new WorkingSetSampler();
            await using (sampler)
            {
                first = await cycle.RunAsync(tickers: null, exportDirectory: null, progress: null, CancellationToken.None);
            }

            var documents = first.Normalized.Succeeded;
            rows.Add(new Measurement(Name, $"first run: wall time ({documents} documents, {first.FactsWritten} facts)", first.Elapsed.TotalSeconds, null, "s", Target.None));
            rows.Add(new Measurement(Name, "first run: documents normalized per second", documents / first.Elapsed.TotalSeconds, null, "docs/s", Target.None));
            rows.Add(new Measurement(Name, "first run: peak working set", sampler.PeakMegabytes, null, "MB", Target.AtMost(400)));

            var feeds = 0;
            await foreach (var _ in tables.Checkpoints.QueryAsync<Azure.Data.Tables.TableEntity>(select: ["RowKey"]))
            {
                feeds++;
            }

            var before = await StoreSnapshot.TakeAsync(tables);
            var second = await cycle.RunAsync(tickers: null, exportDirectory: null, progress: null, CancellationToken.None);
            var changed = (await StoreSnapshot.TakeAsync(tables)).ChangedSince(before);
            var runs = changed.Count(c => c.StartsWith($"table {tables.Runs.Name}/", StringComparison.Ordinal));
            var requests = second.Sources.Sum(s => s.Requests);
            rows.Add(new Measurement(Name, $"second run: requests made ({string.Join(", ", second.Sources.Select(s => $"{s.Source} {s.Requests}"))}; {second.Elapsed.TotalSeconds:0.0} s)", requests, feeds, "requests", Target.AtMost(1), "floor: feeds with a checkpoint"));
            rows.Add(new Measurement(Name, $"second run: entities and blobs written (besides {runs} run records)", changed.Count - runs, null, "writes", Target.AtMost(0), changed.Count - runs > 0 ? string.Join(", ", changed.Where(c => !c.Contains($" {tables.Runs.Name}/", StringComparison.Ordinal)).Take(5)) : null));
        }

        return rows;
    }
}
