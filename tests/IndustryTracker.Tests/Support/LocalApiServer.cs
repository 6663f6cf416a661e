using IndustryTracker.Cli.Commands;
using IndustryTracker.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Tests.Support;

/// <summary>The API as `tracker serve` runs it (Kestrel on a free loopback port) over a given store, with a client for it.</summary>
public sealed class LocalApiServer : IAsyncDisposable
{
    private LocalApiServer(WebApplication app)
    {
        App = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<LocalApiServer> StartAsync(IReadOnlyDictionary<string, string?> settings, string? apiKey = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddIndustryTracker(collects: false);
        var app = ApiServer.On(0, apiKey)(builder);
        await app.StartAsync();
        return new LocalApiServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
