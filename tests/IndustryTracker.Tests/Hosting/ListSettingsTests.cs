using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Tests.Reliability;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Tests.Hosting;

/// <summary>
/// Issue 13 row 9: a configured list setting replaces its default (the configuration binder appends to an array's
/// initial value, so <c>Warn__States__0=wa</c> had collected six states, wa twice), and a value listed twice stops the
/// host at start.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ListSettingsTests(AzuriteFixture azurite)
{
    private const string ClosedPortStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    [Fact]
    public void Bind_NothingConfigured_EveryListHasItsDefault()
    {
        using var services = Bound(new());

        Assert.Equal(["wa", "ca", "or", "va", "tx"], services.GetRequiredService<IOptions<WarnOptions>>().Value.States);
        Assert.Equal(["raw.githubusercontent.com", "edd.ca.gov"], services.GetRequiredService<IOptions<WarnOptions>>().Value.AllowedHosts);
        Assert.Equal(["10-K", "10-Q", "8-K"], services.GetRequiredService<IOptions<SecOptions>>().Value.Forms);
        Assert.Equal(["data.sec.gov", "www.sec.gov"], services.GetRequiredService<IOptions<SecOptions>>().Value.AllowedHosts);
        Assert.Empty(services.GetRequiredService<IOptions<NewsroomOptions>>().Value.AllowedHosts);
    }

    [Fact]
    public void Bind_OneConfiguredState_ReplacesTheFiveDefaults()
    {
        using var services = Bound(new() { ["Warn:States:0"] = "wa" });

        Assert.Equal(["wa"], services.GetRequiredService<IOptions<WarnOptions>>().Value.States);
    }

    [Fact]
    public void Bind_EveryConfiguredList_ReplacesItsDefault()
    {
        using var services = Bound(new()
        {
            ["Sec:Forms:0"] = "10-K",
            ["Sec:Forms:1"] = "8-K",
            ["Sec:AllowedHosts:0"] = "www.sec.gov",
            ["Warn:States:0"] = "or",
            ["Warn:States:1"] = "tx",
            ["Warn:AllowedHosts:0"] = "edd.ca.gov",
            ["Newsroom:AllowedHosts:0"] = ".example.org",
        });

        Assert.Equal(["10-K", "8-K"], services.GetRequiredService<IOptions<SecOptions>>().Value.Forms);
        Assert.Equal(["www.sec.gov"], services.GetRequiredService<IOptions<SecOptions>>().Value.AllowedHosts);
        Assert.Equal(["or", "tx"], services.GetRequiredService<IOptions<WarnOptions>>().Value.States);
        Assert.Equal(["edd.ca.gov"], services.GetRequiredService<IOptions<WarnOptions>>().Value.AllowedHosts);
        Assert.Equal([".example.org"], services.GetRequiredService<IOptions<NewsroomOptions>>().Value.AllowedHosts);
    }

    [Theory]
    [InlineData("Warn:States", "wa", "WA", "Warn:States lists \"WA\" more than once (wa, WA). List each value once (Warn__States__0..n); a configured list replaces the default.")]
    [InlineData("Warn:AllowedHosts", "edd.ca.gov", "edd.ca.gov", "Warn:AllowedHosts lists \"edd.ca.gov\" more than once (edd.ca.gov, edd.ca.gov). List each value once (Warn__AllowedHosts__0..n); a configured list replaces the default.")]
    public void Read_WarnValueListedTwice_FailsNamingTheSettingAndTheValue(string setting, string first, string second, string expected)
    {
        using var services = Bound(new() { [$"{setting}:0"] = first, [$"{setting}:1"] = second });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WarnOptions>>().Value);

        Assert.Equal([expected], error.Failures);
    }

    [Theory]
    [InlineData("Sec:Forms", "10-K", "10-k", "Sec:Forms lists \"10-k\" more than once (10-K, 10-k). List each value once (Sec__Forms__0..n); a configured list replaces the default.")]
    [InlineData("Sec:AllowedHosts", "www.sec.gov", "WWW.SEC.GOV", "Sec:AllowedHosts lists \"WWW.SEC.GOV\" more than once (www.sec.gov, WWW.SEC.GOV). List each value once (Sec__AllowedHosts__0..n); a configured list replaces the default.")]
    public void Read_SecValueListedTwice_FailsNamingTheSettingAndTheValue(string setting, string first, string second, string expected)
    {
        using var services = Bound(new() { [$"{setting}:0"] = first, [$"{setting}:1"] = second });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SecOptions>>().Value);

        Assert.Equal([expected], error.Failures);
    }

    [Fact]
    public void Read_NewsroomHostListedTwice_FailsNamingTheSettingAndTheValue()
    {
        using var services = Bound(new() { ["Newsroom:AllowedHosts:0"] = ".example.org", ["Newsroom:AllowedHosts:1"] = ".example.org" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NewsroomOptions>>().Value);

        Assert.Equal(["Newsroom:AllowedHosts lists \".example.org\" more than once (.example.org, .example.org). List each value once (Newsroom__AllowedHosts__0..n); a configured list replaces the default."], error.Failures);
    }

    /// <summary>At start the same failure surfaces through every option type that reads WARN settings; the CLI says it once and exits 2.</summary>
    [Fact]
    public async Task Ingest_StateListedTwice_Exits2AtStartSayingItOnce()
    {
        var result = await TrackerProcess.RunAsync(["ingest", "--replay", Fixtures.Replay, "--storage", ClosedPortStorage], new Dictionary<string, string?>
        {
            ["Warn__States__0"] = "wa",
            ["Warn__States__1"] = "wa",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "Configuration error: Warn:States lists \"wa\" more than once (wa, wa). List each value once (Warn__States__0..n); a configured list replaces the default.",
            result.Stderr.Trim());
    }

    [Fact]
    public async Task Collect_OneConfiguredState_FetchesThatStateAndCaliforniaEddOnly()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Warn:States:0"] = "wa";
        await using var host = await TrackerTestHost.StartAsync(settings);
        var progress = new List<string>();

        var summary = await host.Get<WarnCollector>().CollectAsync(new SynchronousProgress(progress), CancellationToken.None);

        // Before the fix: 7 requests, the five default exports plus wa again, plus the EDD report.
        Assert.Equal(2, summary.Requests);
        Assert.Equal(["WARN bln:wa", "WARN ca-edd"], progress.Where(p => p.StartsWith("WARN ", StringComparison.Ordinal)));
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 9: list setting replaces its default",
            Injected: "Warn__States__0=wa (and a value listed twice in each list setting)",
            Times: 1,
            Expected: "only the configured state is collected; a duplicate stops the host at start naming the setting",
            Observed: $"warn requests {summary.Requests} ({string.Join(", ", progress.Where(p => p.StartsWith("WARN ", StringComparison.Ordinal)).Select(p => p[5..]))}); before: 7 (wa, ca, or, va, tx, wa, ca-edd)",
            DocumentsArchived: summary.NewDocuments));
    }

    private static ServiceProvider Bound(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        // SEC settings are validated when read; a User-Agent makes them valid outside replay.
        builder.Configuration["Sec:UserAgent"] = "IndustryTracker tests tests@example.org";
        builder.AddSecSource(validateOnStart: false);
        builder.AddWarnSource();
        builder.AddNewsroomSource();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>Progress reported on the caller's thread (Progress&lt;T&gt; posts to the thread pool, so its last reports could arrive late).</summary>
    private sealed class SynchronousProgress(List<string> reports) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
