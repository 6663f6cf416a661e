using IndustryTracker.Cli.Commands;
using IndustryTracker.Cli.Local;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// One in-memory Azurite on free ports (the pinned one the CLI and tests use), and hosts over it with Core's real
/// registrations. Parts isolate themselves by resource-name prefixes, as the tests do.
/// </summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;

    private BenchStorage(AzuriteProcess azurite) => _azurite = azurite;

    public int TablePort => _azurite.Ports.Table;

    public static async Task<BenchStorage> StartAsync() =>
        new(await AzuriteProcess.StartAsync(AzuritePorts.Free(), dataDirectory: null, new Progress<string>(Console.Error.WriteLine), CancellationToken.None));

    /// <summary>Settings giving every container, queue and table of the app the prefix <paramref name="prefix"/>.</summary>
    public Dictionary<string, string?> Settings(string prefix)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["Companies:File"] = BenchPaths.Companies,
            ["Claims:File"] = BenchPaths.Claims,
            ["Replay:Directory"] = BenchPaths.Replay,
        };
        foreach (var property in typeof(StorageOptions).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var table = property.Name.EndsWith("Table", StringComparison.Ordinal);
            if (table || property.Name.EndsWith("Queue", StringComparison.Ordinal) || property.Name.EndsWith("Container", StringComparison.Ordinal))
            {
                var name = (string)property.GetValue(new StorageOptions())!;
                settings[property.Name] = table ? prefix + name : $"{prefix}-{name}";
            }
        }

        return settings;
    }

    /// <summary>A started plain host (no logging: its output would be timed too).</summary>
    public static async Task<IHost> StartHostAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIndustryTracker();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>The API on Kestrel exactly as `tracker serve` builds it (<see cref="ApiServer.On"/>), on a free port.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartServerAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddIndustryTracker(collects: false);
        var app = ApiServer.On(0)(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    public ValueTask DisposeAsync() => _azurite.DisposeAsync();
}
