using System.Globalization;
using Azure.Data.Tables;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// The replay corpus served with 30% of responses faulted (throttling, stalls, truncation, bot-block pages, wrong
/// media types): repeated cycles converge on exactly what a clean run holds, and no error page is ever archived.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FaultInjectionTests(AzuriteFixture azurite)
{
    private const int MaxCycles = 12;

    [Fact]
    public async Task IngestCycles_ThirtyPercentFaulted_ConvergeOnTheCleanRun()
    {
        var clean = await azurite.IngestedAsync();
        await using var cleanHost = await TrackerTestHost.StartAsync(clean.CopySettings());
        var cleanStorage = cleanHost.Get<TrackerStorage>();
        var expectedDocuments = await SettledDocumentsAsync(cleanStorage);

        await using var host = await TrackerTestHost.StartAsync(FaultySettings(azurite.ConnectionString, rate: 0.3, seed: 2));
        var storage = host.Get<TrackerStorage>();
        var cycle = host.Get<IngestCycle>();
        int cycles = 0, normalized = 0, failedParses = 0;
        while (cycles < MaxCycles && (cycles == 0 || !(await SettledDocumentsAsync(storage)).SequenceEqual(expectedDocuments)))
        {
            var summary = await cycle.RunAsync(tickers: null, exportDirectory: null, progress: null, CancellationToken.None);
            normalized += summary.Normalized.Succeeded;
            failedParses += summary.Normalized.FailedAttempts;
            cycles++;
        }

        var plan = host.Get<FaultPlan>();
        Assert.Equal(expectedDocuments, await SettledDocumentsAsync(storage));
        // Every fault kind happened, and each settled document was parsed exactly once: nothing bad reached a parser.
        Assert.All(Enum.GetValues<FaultKind>(), kind => Assert.True(plan.Injected.GetValueOrDefault(kind) > 0, $"no {kind} was injected in {cycles} cycles: {string.Join(", ", plan.Injected)}"));
        Assert.Equal((expectedDocuments.Count(d => d.Contains("|sha=", StringComparison.Ordinal) && !d.EndsWith("sha=", StringComparison.Ordinal)), 0), (normalized, failedParses));
        Assert.Equal(await BlobNamesAsync(cleanStorage), await BlobNamesAsync(storage));
        foreach (var (cleanTable, table) in FactTables(cleanStorage).Zip(FactTables(storage)))
        {
            Assert.Equal(await TableSnapshot.TakeAsync(cleanTable), await TableSnapshot.TakeAsync(table));
        }

        var facts = 0;
        foreach (var table in FactTables(storage))
        {
            facts += (await TableSnapshot.TakeAsync(table)).Count;
        }

        foreach (var (kind, times) in plan.Injected.OrderBy(p => p.Key))
        {
            ReliabilityResults.Record("fault-injection", new ReliabilityObservation(
                $"replay: {kind}",
                string.Create(CultureInfo.InvariantCulture, $"30% of {plan.Requests} responses faulted (seed 2), this kind {times}×; {cycles} cycles"),
                times,
                "every corpus document archived once, facts = clean run, no error page archived or parsed",
                string.Create(CultureInfo.InvariantCulture, $"converged in {cycles} cycles; {normalized} documents parsed once each, 0 parse failures, raw blobs = clean run"),
                DocumentsArchived: normalized,
                Facts: facts,
                Duplicates: 0));
        }
    }

    public static Dictionary<string, string?> FaultySettings(string connectionString, double rate, int seed)
    {
        var settings = TestStorage.Settings(connectionString);
        settings["Replay:Faults:Rate"] = rate.ToString(CultureInfo.InvariantCulture);
        settings["Replay:Faults:Seed"] = seed.ToString(CultureInfo.InvariantCulture);
        // Replay never reaches SEC, so its 10/s limit is lifted; stalls end at a short timeout and retries come quickly.
        settings["Sec:MaxRequestsPerSecond"] = "10000";
        foreach (var source in new[] { "Sec", "Warn", "Newsroom" })
        {
            settings[$"{source}:TimeoutSeconds"] = "0.5";
            settings[$"{source}:RetryDelay"] = "00:00:00.020";
            settings[$"{source}:RetryFailedAfter"] = "00:00:00";
        }

        return settings;
    }

    /// <summary>The registry as settled documents: key, status and content hash of every row that did not fail.</summary>
    private static async Task<List<string>> SettledDocumentsAsync(TrackerStorage storage)
    {
        var rows = new List<string>();
        await foreach (var row in storage.Documents.QueryAsync<DocumentRecord>())
        {
            if (row.Status != DocumentStatus.Failed)
            {
                rows.Add($"{row.PartitionKey}/{row.RowKey}|{row.Status}|sha={row.Sha256}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> BlobNamesAsync(TrackerStorage storage)
    {
        var names = new List<string>();
        await foreach (var blob in storage.Raw.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private static TableClient[] FactTables(TrackerStorage storage) =>
        [storage.Headcount, storage.Financials, storage.Statements, storage.Warn, storage.Layoffs, storage.Benchmarks];
}
