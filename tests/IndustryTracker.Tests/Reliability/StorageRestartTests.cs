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
                // Kill storage at a known point mid-collection, on an event rather than a poll: when the collector moves
                // on to the second company, the first company's documents are archived and queued and the rest are not.
                var secondCompany = host.Get<Core.Companies.CompanyCatalog>().Companies[1].Ticker;
                var killed = false;
                var progress = new SynchronousProgress(message =>
                {
                    if (!killed && message == $"SEC {secondCompany}: listing and company facts")
                    {
                        killed = true;
                        KillHard(first);
                    }
                });
                var cycle = host.Get<IngestCycle>().RunAsync(null, null, progress, CancellationToken.None);

                // The Azure SDK gives up after its retries with every attempt's failure inside.
                var error = await Assert.ThrowsAsync<AggregateException>(() => cycle);
                Assert.True(killed, "storage failed before the cycle reached the second company");
                Assert.All(error.InnerExceptions, e => Assert.IsType<Azure.RequestFailedException>(e));
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

    /// <summary>Calls back on the reporting thread, so the test acts at the exact point the code reports.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    /// <summary>SIGKILL, no grace: the store loses whatever it had not yet persisted, as a crash would.</summary>
    private static void KillHard(AzuriteProcess process) =>
        System.Diagnostics.Process.GetProcessById(process.ProcessId).Kill(entireProcessTree: true);
}
