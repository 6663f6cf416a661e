using System.Text.Json;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Cli;

/// <summary>The `tracker` command end to end, as a separate process against the test Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrackerCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestThenFacts_ReplayOneCompany_PrintsSummaryAndCitedFacts()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        var environment = settings.Where(s => s.Key != "Replay:Directory").ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

        var ingest = await TrackerProcess.RunAsync(["ingest", "--replay", Fixtures.Replay, "--company", "AMZN"], environment);

        Assert.True(ingest.ExitCode == 4, ingest.Stderr); // completed with failures: the recorded corpus has no Amazon company facts
        Assert.Matches(@"sec\s+requests\s+4\s+unchanged\s+0\s+new documents\s+2\s+failures\s+1", ingest.Stdout);
        Assert.Contains("AMZN sec-companyfacts: HTTP 404 Not Found", ingest.Stdout, StringComparison.Ordinal);
        // Amazon's 10-K and 10-Q, and the two WARN files (WARN is not per company).
        Assert.Matches(@"normalize\s+documents\s+4", ingest.Stdout);

        var facts = await TrackerProcess.RunAsync(["facts", "headcount", "--company", "AMZN", "--format", "json"], environment);

        Assert.True(facts.ExitCode == 0, facts.Stderr);
        var row = Assert.Single(JsonDocument.Parse(facts.Stdout).RootElement.EnumerateArray());
        Assert.Equal(["ticker", "asOf", "employees", "approximate", "scope", "sentence", "url", "accession", "form", "asOfResolved"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1_525_000, row.GetProperty("employees").GetInt64());
        Assert.Equal("As of December 31, 2023, we employed approximately 1,525,000 full-time and part-time employees.", row.GetProperty("sentence").GetString());

        var benchmarks = await TrackerProcess.RunAsync(["benchmarks", "--company", "AMZN", "--from", "2023", "--to", "2023", "--format", "csv"], environment);
        Assert.True(benchmarks.ExitCode == 0, benchmarks.Stderr);
        Assert.Contains("AMZN,2023,2023-01-01,2023-12-31,2023-12-31,FullTimeAndPartTime,", benchmarks.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_LiveWithoutUserAgent_FailsAtStartSayingWhatToSet()
    {
        var environment = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString };

        var result = await TrackerProcess.RunAsync(["ingest"], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Sec:UserAgent is not set", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--replay", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_UnreachableStorage_FailsWithExitCode3AndNoSecrets()
    {
        var environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        };

        var result = await TrackerProcess.RunAsync(["facts", "headcount"], environment);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Storage unreachable", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }
}
