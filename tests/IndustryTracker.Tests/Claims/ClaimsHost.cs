using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Tests.Claims;

/// <summary>
/// A started host with Core's real registrations (which include <see cref="ClaimsExtensions.AddClaims"/>), reading the
/// repository's seeds/claims.json, as the function app and the CLI do.
/// </summary>
internal sealed class ClaimsHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ClaimsHost(IHost host) => _host = host;

    public ClaimsService Claims => _host.Services.GetRequiredService<ClaimsService>();

    public static async Task<ClaimsHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection([new("Claims:File", Path.Combine(Fixtures.RepoRoot, "seeds", "claims.json"))]);
        builder.AddIndustryTracker(collects: false);
        var host = builder.Build();
        await host.StartAsync();
        return new ClaimsHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
