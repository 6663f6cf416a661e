using IndustryTracker.Cli.Local;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Tests.Support;

/// <summary>
/// One real Azurite for the whole test run: the pinned npm package, in memory, on free ports. Tests isolate
/// themselves by resource-name prefixes (<see cref="TestStorage"/>), not by separate servers.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly Lazy<Task<IngestedStore>> _ingested;
    private AzuriteProcess? _azurite;

    public AzuriteFixture() => _ingested = new(IngestAsync);

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    /// <summary>One full cycle over the replay corpus, run once and shared by the tests that only read its results.</summary>
    public Task<IngestedStore> IngestedAsync() => _ingested.Value;

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(AzuritePorts.Free(), dataDirectory: null, progress: null, CancellationToken.None);

    private async Task<IngestedStore> IngestAsync()
    {
        var settings = TestStorage.Settings(ConnectionString, "clean");
        await using var host = await TrackerTestHost.StartAsync(settings);
        var summary = await host.Get<IngestCycle>().RunAsync(tickers: null, exportDirectory: null, progress: null, CancellationToken.None);
        return new IngestedStore(settings, summary);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
