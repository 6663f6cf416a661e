using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Companies;

/// <summary>
/// Companies by ticker on a real Azurite: resolved through the recorded ticker list and submissions (plus an overlay
/// written for the tests for NVIDIA), stored in the companies table, read by the next run, removed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CompanyRegistryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Add_MetaToAFileWithoutIt_StoresSecNameFormerNamesFiscalYearEnd_ListThenRemove()
    {
        using var overlay = new CompaniesOverlay();
        var settings = Settings(overlay);
        await using (var host = await TrackerTestHost.StartAsync(settings))
        {
            var registry = host.Get<CompanyRegistry>();

            var change = await registry.AddAsync(["meta"], ["Meta Platforms Technologies, LLC"], null, CancellationToken.None);

            Assert.Equal(CompanyChange.OutcomeDone, change.Outcome);
            var meta = Assert.Single(change.Companies);
            Assert.Equal(("META", 1326801L, "Meta Platforms, Inc.", "1231"), (meta.Ticker, meta.Cik, meta.Name, meta.FiscalYearEnd));
            Assert.Equal(["Facebook Inc"], meta.FormerNames);
            Assert.Equal(["Meta Platforms, Inc.", "Facebook Inc", "Meta Platforms Technologies, LLC"], meta.Aliases);
            Assert.Equal(["MSFT", "META"], (await host.Get<CompanyStore>().TrackedAsync(CancellationToken.None)).Select(c => c.Ticker));
        }

        // Another host on the same store (another machine, or the next timer run) sees it from the table.
        await using (var host = await TrackerTestHost.StartAsync(settings))
        {
            var catalog = host.Get<CompanyCatalog>();
            Assert.Equal(["MSFT", "META"], catalog.Companies.Select(c => c.Ticker));
            Assert.Equal(CompanyOrigins.Added, catalog.Find("META")!.Origin);

            var removed = await host.Get<CompanyStore>().RemoveAsync(["META"], CancellationToken.None);

            Assert.Equal(CompanyChange.OutcomeDone, removed.Outcome);
            Assert.Equal(["MSFT"], catalog.Companies.Select(c => c.Ticker));
            Assert.Empty(await host.Get<CompanyStore>().ListAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task Add_UnknownTickerAmongKnownOnes_NamesItAndStoresNothing()
    {
        using var overlay = new CompaniesOverlay();
        await using var host = await TrackerTestHost.StartAsync(Settings(overlay));

        var change = await host.Get<CompanyRegistry>().AddAsync(["NVDA", "CRWV"], [], null, CancellationToken.None);

        Assert.Equal(CompanyChange.OutcomeInvalid, change.Outcome);
        Assert.Equal(["unknown ticker 'CRWV': it is not in SEC's ticker list (www.sec.gov/files/company_tickers.json)"], change.Problems);
        Assert.Empty(await host.Get<CompanyStore>().ListAsync(CancellationToken.None));
        Assert.Equal(["MSFT"], host.Get<CompanyCatalog>().Companies.Select(c => c.Ticker));
    }

    [Theory]
    [InlineData(new[] { "MSFT" }, "MSFT is in the companies file (Companies:File): remove it there")]
    [InlineData(new[] { "NVDA" }, "'NVDA' is not a tracked company")]
    public async Task Remove_SeedOrUntracked_SaysWhyAndChangesNothing(string[] tickers, string expected)
    {
        using var overlay = new CompaniesOverlay();
        await using var host = await TrackerTestHost.StartAsync(Settings(overlay));

        var change = await host.Get<CompanyStore>().RemoveAsync(tickers, CancellationToken.None);

        Assert.Equal((CompanyChange.OutcomeInvalid, expected), (change.Outcome, Assert.Single(change.Problems)));
        Assert.Equal(["MSFT"], host.Get<CompanyCatalog>().Companies.Select(c => c.Ticker));
    }

    [Fact]
    public async Task Add_NewTicker_TheNextSecRunCollectsIt()
    {
        using var overlay = new CompaniesOverlay();
        var settings = Settings(overlay);
        await using var host = await TrackerTestHost.StartAsync(settings);
        var added = await host.Get<CompanyRegistry>().AddAsync(["NVDA"], [], null, CancellationToken.None);
        Assert.Equal(("NVDA", 1045810L, "NVIDIA CORP", "0126"), (added.Companies[0].Ticker, added.Companies[0].Cik, added.Companies[0].Name, added.Companies[0].FiscalYearEnd));
        Assert.Equal(["NVIDIA CORP", "NVIDIA CORP/CA"], added.Companies[0].Aliases);

        // A second host, as the timer's: it reads the table at the start of its run.
        await using var timer = await TrackerTestHost.StartAsync(settings);
        var summary = await timer.Get<SecCollector>().CollectAsync(["NVDA"], null, CancellationToken.None);

        // NVIDIA's submissions (the overlay, no filings listed) and its company facts (not recorded: 404).
        Assert.Equal(2, summary.Requests);
        Assert.Equal(["NVDA sec-companyfacts: HTTP 404 Not Found"], summary.Failures);
        var documents = await new DocumentRegistry(timer.Get<TrackerStorage>()).ListAsync(false, new HashSet<string> { "NVDA" }, CancellationToken.None);
        Assert.Equal(["https://data.sec.gov/api/xbrl/companyfacts/CIK0001045810.json"], documents.Select(d => d.Url));
    }

    [Fact]
    public async Task Add_WithSince_TheCollectorReadsOlderListingPagesBackToIt_OnceEach()
    {
        using var overlay = new CompaniesOverlay();
        // Written for the test in SEC's layout: NVIDIA's listing names two older pages; only the first reaches 2011.
        overlay.Write("https://data.sec.gov/submissions/CIK0001045810.json", CompaniesOverlay.NvidiaSubmissions.Replace(
            "\"files\":[]",
            "\"files\":[{\"name\":\"CIK0001045810-submissions-001.json\",\"filingCount\":1,\"filingFrom\":\"2012-03-13\",\"filingTo\":\"2012-03-13\"},"
            + "{\"name\":\"CIK0001045810-submissions-002.json\",\"filingCount\":1,\"filingFrom\":\"2004-03-10\",\"filingTo\":\"2004-03-10\"}]",
            StringComparison.Ordinal));
        overlay.Write("https://data.sec.gov/submissions/CIK0001045810-submissions-001.json", """
            {"accessionNumber":["0001045810-12-000007"],"filingDate":["2012-03-13"],"reportDate":["2012-01-29"],"form":["10-K"],
             "primaryDocument":["nvda-10k.htm"],"items":[""]}
            """);
        var settings = Settings(overlay);
        await using var host = await TrackerTestHost.StartAsync(settings);
        var added = await host.Get<CompanyRegistry>().AddAsync(["NVDA"], [], 2011, CancellationToken.None);
        Assert.Equal(new DateOnly(2011, 1, 1), Assert.Single(added.Companies).HistorySince);

        var first = await host.Get<SecCollector>().CollectAsync(["NVDA"], null, CancellationToken.None);

        // The listing, page 001 (page 002 ends before 2011: not asked for), company facts, and the page's 10-K.
        Assert.Equal(4, first.Requests);
        Assert.Equal(
            ["NVDA 10-K 0001045810-12-000007: HTTP 404 Not Found", "NVDA sec-companyfacts: HTTP 404 Not Found"],
            first.Failures.Order(StringComparer.Ordinal));

        // Resumable: the page is archived, so the next run reads it without a request (failed documents wait their turn).
        var second = await host.Get<SecCollector>().CollectAsync(["NVDA"], null, CancellationToken.None);
        Assert.Equal((1, 0), (second.Requests, second.Failures.Count));
    }

    [Fact]
    public void Pages_MicrosoftListing_NamesItsTwoOlderPagesWithTheirDates()
    {
        var pages = SubmissionsParser.Pages(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0000789019.json")));

        Assert.Equal(
            [
                new SubmissionsPage("CIK0000789019-submissions-001.json", new DateOnly(2007, 12, 11), new DateOnly(2019, 9, 11)),
                new SubmissionsPage("CIK0000789019-submissions-002.json", new DateOnly(1994, 2, 14), new DateOnly(2007, 12, 9)),
            ],
            pages);
        Assert.Empty(SubmissionsParser.Pages(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0001326801.json"))));
    }

    private Dictionary<string, string?> Settings(CompaniesOverlay overlay)
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Companies:File"] = overlay.WriteCompaniesFile(CompaniesOverlay.MicrosoftOnly);
        settings["Replay:Directory"] = overlay.ReplayDirectories;
        return settings;
    }
}
