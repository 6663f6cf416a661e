using Microsoft.AspNetCore.Builder;

namespace IndustryTracker.Tests.Support;

/// <summary>
/// A test class whose tests share one API server (<see cref="LocalApiServer"/>, as `tracker serve` runs it) over the
/// store of a full replay cycle: started before the class's first test, stopped after its last.
/// </summary>
public abstract class ApiServerOverIngestedStore(AzuriteFixture azurite, string? apiKey = null) : IAsyncLifetime
{
    private LocalApiServer? _server;

    protected HttpClient Client => _server!.Client;

    protected WebApplication App => _server!.App;

    public async Task InitializeAsync() => _server = await LocalApiServer.StartAsync((await azurite.IngestedAsync()).Settings, apiKey);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
