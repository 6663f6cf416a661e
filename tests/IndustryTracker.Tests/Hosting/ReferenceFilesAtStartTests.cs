using IndustryTracker.Core.Hosting;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Tests.Hosting;

/// <summary>
/// A bad companies file stops the host at start, naming what to fix, before storage is touched: the storage endpoints
/// here are a closed port, so a start that reached storage would fail with a different error. A bad claims file does not.
/// </summary>
public sealed class ReferenceFilesAtStartTests
{
    private const string ClosedPortStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    [Fact]
    public async Task Start_MissingCompaniesFile_FailsSayingWhichSettingToSet()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(new() { ["Companies:File"] = "/nonexistent/companies.json" }));

        Assert.Contains("'/nonexistent/companies.json' not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("Set Companies:File", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidClaimsFile_DoesNotStopTheStart()
    {
        // Claims never stop a run: the start gets past the claims file and fails only where the closed port is, at storage.
        var file = Path.Combine(Path.GetTempPath(), $"claims-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            { "publications": { "p": { "title": "T", "source": "S" } },
              "claims": [ { "id": "c1", "publishedIn": "p",
                            "check": { "kind": "headcount", "company": "IBM", "asOf": "2023-12-31", "comparator": "eq", "expected": 1 } } ] }
            """);
        try
        {
            var error = await Record.ExceptionAsync(() => StartAsync(new() { ["Claims:File"] = file }));

            Assert.NotNull(error);
            Assert.IsNotType<InvalidOperationException>(error);
            Assert.DoesNotContain("Claims file", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task StartAsync(Dictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(TestStorage.Settings(ClosedPortStorage));
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddIndustryTracker(collects: false);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
