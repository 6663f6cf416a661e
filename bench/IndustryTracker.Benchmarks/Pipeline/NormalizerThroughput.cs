using System.Diagnostics;
using Azure.Storage.Queues;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Benchmarks.Pipeline;

/// <summary>The normalizer draining N real work items against Azurite receiving and deleting N messages of the same size.</summary>
public static class NormalizerThroughput
{
    public static async Task<IEnumerable<Measurement>> RunAsync(BenchStorage storage, bool quick)
    {
        var settings = storage.Settings("norm");
        using var host = await BenchStorage.StartHostAsync(settings);
        var tables = host.Services.GetRequiredService<TrackerStorage>();
        var drainer = host.Services.GetRequiredService<QueueDrainer>();
        var normalizer = host.Services.GetRequiredService<Normalizer>();
        var archive = host.Services.GetRequiredService<RawArchive>();
        var matcher = host.Services.GetRequiredService<EmployerMatcher>();
        await tables.EnsureCreatedAsync(CancellationToken.None);
        await host.Services.GetRequiredService<SecCollector>().CollectAsync(null, null, CancellationToken.None);
        await host.Services.GetRequiredService<WarnCollector>().CollectAsync(null, CancellationToken.None);
        await host.Services.GetRequiredService<NewsroomCollector>().CollectAsync(null, null, CancellationToken.None);
        var items = await TakeAllAsync(tables.Normalize);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            sizes[item] = (await tables.Raw.GetBlobClient(NormalizeWorkItem.FromJson(item).BlobName).GetPropertiesAsync()).Value.ContentLength;
        }

        var smallest = items.MinBy(i => sizes[i])!;

        var raw = new QueueClient(settings["AzureWebJobsStorage"], "norm-raw", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await raw.CreateIfNotExistsAsync();
        var rows = new List<Measurement>();
        using var log = new StorageRequestLog();
        var copies = quick ? 2 : 5;
        foreach (var (label, chosen) in new[]
        {
            ("real work-item mix", items),
            ($"smallest archived document ({NormalizeWorkItem.FromJson(smallest).Form} {NormalizeWorkItem.FromJson(smallest).Kind}, {sizes[smallest] / 1024.0:0} KB)", [smallest]),
        })
        {
            // The floor drains a few dozen messages in tens of milliseconds, too short to time steadily; the smallest
            // document is cheap enough to run many more of.
            var n = chosen.Count == 1 ? (quick ? 240 : 600) : Math.Max(items.Count * copies, 24);
            var messages = Enumerable.Range(0, n).Select(i => chosen[i % chosen.Count]).ToList();
            var (floor, floorRequests) = await TimeDrainAsync(raw, messages, drainer, log, (_, _, _) => Task.CompletedTask);
            var (measured, requests) = await TimeDrainAsync(tables.Normalize, messages, drainer, log, async (m, attempt, ct) => await normalizer.HandleAsync(m, attempt, ct));

            // For context, the storage half alone: the same blob read and StoreAsync with the parse done beforehand, so
            // the lead can see how much of the gap to the floor is the storage work a normalized document needs.
            var parsed = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
            foreach (var message in chosen)
            {
                var item = NormalizeWorkItem.FromJson(message);
                parsed[message] = DocumentParsers.Parse(item, await archive.GetAsync(item.BlobName, CancellationToken.None), matcher);
            }

            var (storageOnly, _) = await TimeDrainAsync(tables.Normalize, messages, drainer, log, async (m, _, ct) =>
            {
                var item = NormalizeWorkItem.FromJson(m);
                await archive.GetAsync(item.BlobName, ct);
                await normalizer.StoreAsync(item, parsed[m], ct);
            });
            await tables.Recompute.ClearMessagesAsync();
            var lengths = chosen.Select(m => m.Length).ToList();
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}: {n} messages of {lengths.Min()}–{lengths.Max()} chars", n / measured.TotalSeconds, n / floor.TotalSeconds, "items/s", Target.AtLeast(0.5)));
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}, against its own storage work (blob read and writes, parse done beforehand)", n / measured.TotalSeconds, n / storageOnly.TotalSeconds, "items/s", Target.None, "for context"));
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}: storage requests per work item, against the floor's per message (receives and deletes)", (double)requests / n, (double)floorRequests / n, "requests", Target.None, "for context"));
        }

        return rows;
    }

    /// <returns>The drain's time and the storage requests it sent (every HTTP request of the process meanwhile).</returns>
    private static async Task<(TimeSpan Elapsed, int Requests)> TimeDrainAsync(QueueClient queue, IReadOnlyList<string> messages, QueueDrainer drainer, StorageRequestLog log, Func<string, long, CancellationToken, Task> handler)
    {
        foreach (var message in messages)
        {
            await queue.SendMessageAsync(message);
        }

        DrainResult result;
        var clock = Stopwatch.StartNew();
        using (log.Record())
        {
            result = await drainer.DrainAsync(queue, poison: null, maxDequeueCount: 5, parallelism: 2, handler, CancellationToken.None);
        }

        clock.Stop();
        if (result.Succeeded != messages.Count)
        {
            throw new InvalidOperationException($"Drained {result.Succeeded} of {messages.Count} messages from {queue.Name} ({result.FailedAttempts} failed attempts).");
        }

        return (clock.Elapsed, log.Requests.Count);
    }

    private static async Task<List<string>> TakeAllAsync(QueueClient queue)
    {
        var texts = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0)
            {
                return texts;
            }

            foreach (var message in batch)
            {
                texts.Add(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
