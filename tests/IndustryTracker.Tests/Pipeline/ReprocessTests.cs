using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>Reprocessing re-parses archived documents without fetching, and leaves the tables as they were.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReprocessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reprocess_AfterACycle_ReparsesEveryArchivedDocumentAndChangesNoFact()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        await host.Get<IngestCycle>().RunAsync(["AMZN"], null, null, CancellationToken.None);
        var before = await Facts(storage);

        var result = await host.Get<Reprocessor>().RunAsync(quarantinedOnly: false, tickers: ["AMZN"], progress: null, CancellationToken.None);

        // Amazon's 10-K and 10-Q (its company facts are not in the corpus): parsed again, nothing else.
        Assert.Equal((2, 2, 0), (result.Queued, result.Normalized.Succeeded, result.Normalized.Poisoned));
        Assert.Equal(before, await Facts(storage));
        Assert.Equal(0, (await host.Get<Reprocessor>().RunAsync(quarantinedOnly: true, tickers: ["AMZN"], progress: null, CancellationToken.None)).Queued);
    }

    private static async Task<List<List<string>>> Facts(TrackerStorage storage) =>
    [
        await TableSnapshot.TakeAsync(storage.Headcount),
        await TableSnapshot.TakeAsync(storage.Financials),
        await TableSnapshot.TakeAsync(storage.Statements),
        await TableSnapshot.TakeAsync(storage.Benchmarks),
        await TableSnapshot.TakeAsync(storage.Layoffs),
    ];
}
