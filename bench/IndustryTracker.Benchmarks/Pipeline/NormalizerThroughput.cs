using Azure.Data.Tables;
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
        var leastTable = new TableClient(settings["AzureWebJobsStorage"], "normleast");
        await leastTable.CreateIfNotExistsAsync();
        var least = new LeastNormalization(archive, leastTable);
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

            // For context, the storage half alone (the same blob read and StoreAsync with the parse done beforehand),
            // and the least a normalizer must do (blob read, bare parse, one entity, delete): if the latter stays under
            // the target, no normalizer handling one message at a time can meet it.
            var parsed = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
            foreach (var message in chosen)
            {
                var item = NormalizeWorkItem.FromJson(message);
                parsed[message] = DocumentParsers.Parse(item, await archive.GetAsync(item.BlobName, CancellationToken.None), matcher);
            }

            var drains = new Drains(drainer, log, messages, quick ? 3 : 5, async () => await tables.Recompute.ClearMessagesAsync());
            var floor = drains.Add(raw, (_, _, _) => Task.CompletedTask);
            var normalized = drains.Add(tables.Normalize, async (m, attempt, ct) => await normalizer.HandleAsync(m, attempt, ct));
            var storageOnly = drains.Add(tables.Normalize, async (m, _, ct) =>
            {
                var item = NormalizeWorkItem.FromJson(m);
                await archive.GetAsync(item.BlobName, ct);
                await normalizer.StoreAsync(item, parsed[m], ct);
            });
            var leastDone = drains.Add(tables.Normalize, (m, _, ct) => least.HandleAsync(m, ct));
            await drains.RunAsync();
            var lengths = chosen.Select(m => m.Length).ToList();
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}: {n} messages of {lengths.Min()}–{lengths.Max()} chars", normalized.ItemsPerSecond, floor.ItemsPerSecond, "items/s", Target.AtLeast(0.5)));
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}, against its own storage work (blob read and writes, parse done beforehand)", normalized.ItemsPerSecond, storageOnly.ItemsPerSecond, "items/s", Target.None, "for context"));
            rows.Add(new Measurement(PipelinePart.Name, $"least any normalizer must do, {label} (blob read, bare parse, one entity written, delete: {leastDone.RequestsPerItem:0.##} storage requests per item), against the same floor", leastDone.ItemsPerSecond, floor.ItemsPerSecond, "items/s", Target.None, "for context"));
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}, against the least any normalizer must do", normalized.ItemsPerSecond, leastDone.ItemsPerSecond, "items/s", Target.None, "for context"));
            rows.Add(new Measurement(PipelinePart.Name, $"normalizer, {label}: storage requests per work item, against the floor's per message (receives and deletes)", normalized.RequestsPerItem, floor.RequestsPerItem, "requests", Target.None, "for context"));
        }

        return rows;
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
