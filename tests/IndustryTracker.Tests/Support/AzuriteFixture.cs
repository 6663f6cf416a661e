using IndustryTracker.Cli.Local;

namespace IndustryTracker.Tests.Support;

/// <summary>
/// One real Azurite for the whole test run: the pinned npm package, in memory, on free ports. Tests isolate
/// themselves by resource-name prefixes (<see cref="TestStorage"/>), not by separate servers.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartAsync(AzuritePorts.Free(), dataDirectory: null, progress: null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
