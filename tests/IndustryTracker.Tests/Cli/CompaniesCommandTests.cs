using System.Text.Json;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Cli;

/// <summary>`tracker companies add|list|remove` and a companies file without the four seed companies, as separate processes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CompaniesCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddListRemove_ByTicker_AndAnUnknownTickerExits2NamingIt()
    {
        using var overlay = new CompaniesOverlay();
        var environment = Environment(overlay);

        var add = await TrackerProcess.RunAsync(["companies", "add", "NVDA", "--alias", "NVIDIA Corporation", "--format", "json", "--replay", overlay.ReplayDirectories], environment);

        Assert.True(add.ExitCode == 0, add.Stderr);
        var added = Assert.Single(JsonDocument.Parse(add.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("NVDA", 1045810, "NVIDIA CORP", "0126", "added"), (added.GetProperty("ticker").GetString(), added.GetProperty("cik").GetInt64(), added.GetProperty("name").GetString(), added.GetProperty("fiscalYearEnd").GetString(), added.GetProperty("origin").GetString()));
        Assert.Equal(["NVIDIA CORP", "NVIDIA CORP/CA", "NVIDIA Corporation"], added.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        var unknown = await TrackerProcess.RunAsync(["companies", "add", "CRWV", "--replay", overlay.ReplayDirectories], environment);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Nothing added: unknown ticker 'CRWV': it is not in SEC's ticker list", unknown.Stderr, StringComparison.Ordinal);

        var list = await TrackerProcess.RunAsync(["companies", "list", "--format", "csv"], environment);

        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Equal(
            ["ticker,cik,name,fiscalYearEnd,origin,since,aliases", "MSFT,789019,Microsoft Corporation,0630,seeds,,Microsoft Corporation | Microsoft", "NVDA,1045810,NVIDIA CORP,0126,added,2010-01-01,NVIDIA CORP | NVIDIA CORP/CA | NVIDIA Corporation"],
            list.Stdout.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var remove = await TrackerProcess.RunAsync(["companies", "remove", "NVDA"], environment);
        var seed = await TrackerProcess.RunAsync(["companies", "remove", "MSFT"], environment);

        Assert.True(remove.ExitCode == 0, remove.Stderr);
        Assert.Equal(2, seed.ExitCode);
        Assert.Contains("MSFT is in the companies file (Companies:File): remove it there", seed.Stderr, StringComparison.Ordinal);
        var after = await TrackerProcess.RunAsync(["companies", "list", "--format", "json"], environment);
        Assert.Equal(["MSFT"], JsonDocument.Parse(after.Stdout).RootElement.EnumerateArray().Select(c => c.GetProperty("ticker").GetString()));
    }

    [Fact]
    public async Task CompaniesFileWithoutTheSeedCompanies_RunCompletes_AndClaimsSayNotApplicable()
    {
        using var overlay = new CompaniesOverlay();
        var environment = Environment(overlay);
        // Only NVIDIA, added to an empty-of-seeds world: the claims file names META, GOOGL, MSFT and AMZN.
        environment["Companies__File"] = overlay.WriteCompaniesFile("""
            { "companies": [ { "ticker": "NVDA", "cik": 1045810, "name": "NVIDIA CORP", "fiscalYearEnd": "0126", "aliases": [], "newsroomFeeds": [] } ] }
            """);

        var ingest = await TrackerProcess.RunAsync(["ingest", "--replay", overlay.ReplayDirectories], environment);

        // Completed with failures (4): NVIDIA's company facts are not recorded. Not a configuration error (2).
        Assert.True(ingest.ExitCode == 4, ingest.Stderr);
        Assert.Contains("NVDA sec-companyfacts: HTTP 404 Not Found", ingest.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Claims file", ingest.Stderr, StringComparison.Ordinal);

        var claims = await TrackerProcess.RunAsync(["claims", "--format", "json"], environment);

        Assert.True(claims.ExitCode == 0, claims.Stderr);
        var verdicts = JsonDocument.Parse(claims.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(7, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal("not applicable", v.GetProperty("verdict").GetString()));
        Assert.StartsWith("META is not a tracked company", verdicts[0].GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_InvalidEntry_IsAWarningAtStartAndListedBesideTheVerdicts()
    {
        using var overlay = new CompaniesOverlay();
        var environment = Environment(overlay);
        var claimsFile = Path.Combine(overlay.Root, "claims.json");
        await File.WriteAllTextAsync(claimsFile, """
            { "publications": { "p": { "title": "T", "source": "S" } },
              "claims": [
                { "id": "msft-221000", "text": "Microsoft employed about 221,000 people.", "publishedIn": "p",
                  "check": { "kind": "headcount", "company": "MSFT", "asOf": "2023-06-30", "comparator": "eq", "expected": 221000 } },
                { "id": "no-check", "text": "A claim without a check.", "publishedIn": "p" } ] }
            """);
        environment["Claims__File"] = claimsFile;

        var claims = await TrackerProcess.RunAsync(["claims", "--format", "json"], environment);

        Assert.True(claims.ExitCode == 0, claims.Stderr);
        Assert.Contains("Claims: claim 2 (no-check): check is required (left out of the check; the pipeline runs)", claims.Stderr, StringComparison.Ordinal);
        var verdicts = JsonDocument.Parse(claims.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal([("msft-221000", "unverified"), ("no-check", "invalid entry")], verdicts.Select(v => (v.GetProperty("id").GetString(), v.GetProperty("verdict").GetString())));
        Assert.Equal("claim 2 (no-check): check is required", verdicts[1].GetProperty("explanation").GetString());
    }

    private Dictionary<string, string?> Environment(CompaniesOverlay overlay) =>
        TestStorage.Settings(azurite.ConnectionString)
            .Where(s => s.Key != "Replay:Directory")
            .Select(s => s.Key == "Companies:File" ? new KeyValuePair<string, string?>(s.Key, overlay.WriteCompaniesFile(CompaniesOverlay.MicrosoftOnly)) : s)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
}
