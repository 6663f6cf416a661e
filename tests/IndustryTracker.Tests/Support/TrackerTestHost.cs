using IndustryTracker.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Tests.Support;

/// <summary>A started host with Core's real registrations (the same AddIndustryTracker the function app and CLI call).</summary>
public sealed class TrackerTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TrackerTestHost(IHost host, IReadOnlyDictionary<string, string?> settings)
    {
        _host = host;
        Settings = settings;
    }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TrackerTestHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIndustryTracker();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TrackerTestHost(host, new Dictionary<string, string?>(settings));
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
