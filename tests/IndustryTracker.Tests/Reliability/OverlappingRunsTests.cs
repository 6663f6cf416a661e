using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Functions;
using IndustryTracker.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Timer runs that overlap (two instances firing together) or come late (IsPastDue) do no harm: documents are
/// archived once, duplicate work items are absorbed, and the facts equal a clean run's.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverlappingRunsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CollectTimers_TwoAtOnceAndOnePastDue_LeaveTheFactsOfACleanRun()
    {
        var clean = await azurite.IngestedAsync();
        await using var cleanHost = await TrackerTestHost.StartAsync(clean.CopySettings());
        var settings = TestStorage.Settings(azurite.ConnectionString);
        // Replay only: SEC's 10/s protects no one here, and two overlapping runs would otherwise wait on it for ~30 s.
        settings["Sec:MaxRequestsPerSecond"] = "200";
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        var sec = new CollectSecFunction(host.Get<SecCollector>());
        var warn = new CollectWarnFunction(host.Get<WarnCollector>());

        await Task.WhenAll(
            sec.Run(new TimerInfo(), CancellationToken.None),
            sec.Run(new TimerInfo { IsPastDue = true }, CancellationToken.None),
            warn.Run(new TimerInfo(), CancellationToken.None),
            warn.Run(new TimerInfo { IsPastDue = true }, CancellationToken.None));
        var drainer = host.Get<QueueDrainer>();
        var normalized = await drainer.DrainAsync(storage.Normalize, storage.NormalizePoison, storage.MaxDequeueCount, 2, host.Get<Normalizer>().HandleAsync, CancellationToken.None);
        await drainer.DrainAsync(storage.Recompute, null, storage.MaxDequeueCount, 1, (m, _, ct) => host.Get<Recomputer>().HandleAsync(m, ct), CancellationToken.None);

        // Both runs may queue the same document; each blob is still written once, and facts do not double.
        Assert.InRange(normalized.Succeeded, 12, 24);
        Assert.Equal(0, normalized.Poisoned);
        var cleanStorage = cleanHost.Get<TrackerStorage>();
        Assert.Equal(await Blobs(cleanStorage), await Blobs(storage));
        foreach (var (mine, theirs) in new[] { (storage.Headcount, cleanStorage.Headcount), (storage.Financials, cleanStorage.Financials), (storage.Statements, cleanStorage.Statements), (storage.Warn, cleanStorage.Warn), (storage.Benchmarks, cleanStorage.Benchmarks) })
        {
            Assert.Equal(await TableSnapshot.TakeAsync(theirs), await TableSnapshot.TakeAsync(mine));
        }
    }

    private static async Task<List<string>> Blobs(TrackerStorage storage)
    {
        var names = new List<string>();
        await foreach (var blob in storage.Raw.GetBlobsAsync())
        {
            // Newsroom is not collected here; compare what SEC and WARN archived.
            if (!blob.Name.StartsWith("newsroom/", StringComparison.Ordinal))
            {
                names.Add(blob.Name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
