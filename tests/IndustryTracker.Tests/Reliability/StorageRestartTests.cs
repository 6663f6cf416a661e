using IndustryTracker.Cli.Local;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Azurite killed in the middle of a cycle and restarted on its persisted data: the next cycle completes and the store
/// ends as a clean run's — nothing lost, nothing twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageRestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Cycle_StorageKilledMidwayThenRestarted_NextCycleEndsAsACleanRun()
    {
        var clean = await azurite.IngestedAsync();
        await using var cleanHost = await TrackerTestHost.StartAsync(clean.CopySettings());
        var data = Path.Combine(Path.GetTempPath(), "industrytracker-restart-" + Guid.NewGuid().ToString("N")[..8]);
        var ports = AzuritePorts.Free();
        try
        {
            var settings = TestStorage.Settings(ports.ConnectionString);
            settings["Sec:MaxRequestsPerSecond"] = "200";
            var first = await AzuriteProcess.StartAsync(ports, data, null, CancellationToken.None);
            await using (var host = await TrackerTestHost.StartAsync(settings))
            {
                var cycle = host.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);
                // Kill storage as soon as the first documents are queued: mid-collection.
                var storage = host.Get<TrackerStorage>();
                while (!cycle.IsCompleted && (await storage.Normalize.GetPropertiesAsync()).Value.ApproximateMessagesCount < 3)
                {
                    await Task.Delay(20);
                }

                KillHard(first);
                await Assert.ThrowsAnyAsync<Exception>(() => cycle);
            }

            await using var restarted = await AzuriteProcess.StartAsync(ports, data, null, CancellationToken.None);
            await using var again = await TrackerTestHost.StartAsync(settings);
            var summary = await again.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);

            Assert.Equal(0, summary.Normalized.Poisoned);
            var mine = again.Get<TrackerStorage>();
            var theirs = cleanHost.Get<TrackerStorage>();
            foreach (var (a, b) in new[] { (mine.Headcount, theirs.Headcount), (mine.Financials, theirs.Financials), (mine.Statements, theirs.Statements), (mine.Warn, theirs.Warn), (mine.Benchmarks, theirs.Benchmarks), (mine.Layoffs, theirs.Layoffs) })
            {
                Assert.Equal(await TableSnapshot.TakeAsync(b), await TableSnapshot.TakeAsync(a));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>SIGKILL, no grace: the store loses whatever it had not yet persisted, as a crash would.</summary>
    private static void KillHard(AzuriteProcess process) =>
        System.Diagnostics.Process.GetProcessById(process.ProcessId).Kill(entireProcessTree: true);
}
