using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Functions;
using IndustryTracker.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>Nothing counted twice: a repeated cycle writes nothing, and duplicated, shuffled work items change nothing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RepeatCycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SecondCycle_UnchangedCorpus_MakesNoWritesAndQueuesNothing()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var storage = host.Get<TrackerStorage>();
        var before = await SnapshotAsync(storage, withTimestamps: true);
        var blobsBefore = await CountAsync(storage.Raw.GetBlobsAsync());

        var summary = await host.Get<IngestCycle>().RunAsync(tickers: null, exportDirectory: null, progress: null, CancellationToken.None);

        Assert.All(summary.Sources, s => Assert.Equal((0, 0), (s.NewDocuments, s.Failures.Count)));
        var requests = summary.Sources.ToDictionary(s => s.Source, s => s.Requests);
        // Four conditional listings and Alphabet's conditional company facts; filings already archived are not asked
        // for; the two WARN files held are asked conditionally; failed feeds and files wait for their retry time.
        Assert.Equal(new Dictionary<string, int> { ["sec"] = 5, ["warn"] = 2, ["newsroom"] = 0 }, requests);
        Assert.Equal(0, summary.Normalized.Succeeded + summary.Normalized.FailedAttempts);
        Assert.Equal(0, summary.Recomputed.Succeeded);
        Assert.Equal(blobsBefore, await CountAsync(storage.Raw.GetBlobsAsync()));
        Assert.Equal(before, await SnapshotAsync(storage, withTimestamps: true));
    }

    [Fact]
    public async Task Functions_EveryWorkItemDeliveredTwiceShuffled_LeaveTablesAsACleanRun()
    {
        var clean = await azurite.IngestedAsync();
        await using var cleanHost = await TrackerTestHost.StartAsync(clean.CopySettings());
        await using var host = await TrackerTestHost.StartAsync(TestStorage.Settings(azurite.ConnectionString));
        var storage = host.Get<TrackerStorage>();

        // The function classes themselves, invoked as the host would invoke them.
        await new CollectSecFunction(host.Get<SecCollector>()).Run(new TimerInfo(), CancellationToken.None);
        await new CollectWarnFunction(host.Get<WarnCollector>()).Run(new TimerInfo(), CancellationToken.None);
        await new CollectNewsroomFunction(host.Get<NewsroomCollector>()).Run(new TimerInfo(), CancellationToken.None);
        var normalize = new NormalizeFunction(host.Get<Normalizer>());
        var recompute = new RecomputeFunction(host.Get<Recomputer>());
        var workItems = await TakeAllAsync(storage.Normalize);
        // 10 SEC documents and the two WARN files.
        Assert.Equal(12, workItems.Count);
        foreach (var item in Twice(workItems, seed: 7))
        {
            await normalize.Run(QueuesModelFactory.QueueMessage("id", "pop", item, dequeueCount: 1), CancellationToken.None);
        }

        var recomputes = await TakeAllAsync(storage.Recompute);
        // Twice (one per SEC document + one per company named in the Washington file); the EDD file names none.
        Assert.Equal(2 * (10 + 4), recomputes.Count);
        foreach (var item in Twice(recomputes, seed: 11))
        {
            await recompute.Run(item, CancellationToken.None);
        }

        var cleanStorage = cleanHost.Get<TrackerStorage>();
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Headcount), await TableSnapshot.TakeAsync(storage.Headcount));
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Financials), await TableSnapshot.TakeAsync(storage.Financials));
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Benchmarks), await TableSnapshot.TakeAsync(storage.Benchmarks));
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Statements), await TableSnapshot.TakeAsync(storage.Statements));
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Warn), await TableSnapshot.TakeAsync(storage.Warn));
        Assert.Equal(await TableSnapshot.TakeAsync(cleanStorage.Layoffs), await TableSnapshot.TakeAsync(storage.Layoffs));
        Assert.Equal(474, (await TableSnapshot.TakeAsync(storage.Financials)).Count);
    }

    private static IEnumerable<string> Twice(List<string> items, int seed)
    {
        var random = new Random(seed);
        return items.Concat(items).OrderBy(_ => random.Next()).ToList();
    }

    private static async Task<List<string>> TakeAllAsync(QueueClient queue)
    {
        var texts = new List<string>();
        // Bounded: the replay cycle queues 28 recomputes; a queue that never empties fails instead of looping forever.
        for (var batches = 0; batches < 100; batches++)
        {
            QueueMessage[] batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
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

        throw new Xunit.Sdk.XunitException($"queue {queue.Name} still held messages after 100 batches ({texts.Count} taken)");
    }

    private static async Task<List<List<string>>> SnapshotAsync(TrackerStorage storage, bool withTimestamps)
    {
        var tables = new List<List<string>>();
        // The runs table takes one freshness record per source per run; nothing else may change.
        foreach (TableClient table in storage.Tables.Where(t => t.Name != storage.Runs.Name))
        {
            tables.Add(await TableSnapshot.TakeAsync(table, withTimestamps));
        }

        return tables;
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var n = 0;
        await foreach (var _ in items)
        {
            n++;
        }

        return n;
    }
}
