using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Companies;

/// <summary>
/// A ticker → a company to track: SEC's published ticker list (recorded May 2024 in ../shared/fixtures/replay/www.sec.gov/files)
/// and the submissions documents (Microsoft as served; Meta's trimmed listing keeps SEC's header), parsed purely.
/// </summary>
public sealed class TickerResolutionTests
{
    private static readonly IReadOnlyDictionary<string, long> Tickers =
        TickerListParser.Parse(File.ReadAllBytes(Fixtures.ReplayFile("https://www.sec.gov/files/company_tickers.json")));

    [Theory]
    [InlineData("MSFT", 789019)]
    [InlineData("META", 1326801)]
    [InlineData("NVDA", 1045810)]
    [InlineData("BRK-B", 1067983)]
    [InlineData("nvda", 1045810)]
    public void TickerList_Recorded_GivesTheCik(string ticker, long cik) => Assert.Equal(cik, Tickers[ticker]);

    [Fact]
    public void TickerList_Recorded_LacksATickerListedSinceMay2024()
    {
        // CoreWeave (CRWV) listed in March 2025, after the list was recorded: a realistic unknown ticker.
        Assert.False(Tickers.ContainsKey("CRWV"));
        Assert.True(Tickers.Count > 9_000, $"{Tickers.Count} tickers");
    }

    [Fact]
    public void TickerList_NotTheList_FailsSayingSo()
    {
        var error = Assert.Throws<FormatException>(() => TickerListParser.Parse("""{"0": {"title": "no ticker"}}"""u8));
        Assert.Equal("The ticker list holds no entries with ticker and cik_str.", error.Message);
    }

    [Fact]
    public void ParseCompany_Meta_TakesSecNameFormerNamesAndFiscalYearEnd_AliasesDefaultToThem()
    {
        var meta = SubmissionsParser.ParseCompany(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0001326801.json")), "meta", 1326801);

        Assert.Equal(("META", 1326801L, "Meta Platforms, Inc.", "1231", CompanyOrigins.Added), (meta.Ticker, meta.Cik, meta.Name, meta.FiscalYearEnd, meta.Origin));
        Assert.Equal(["Facebook Inc"], meta.FormerNames);
        Assert.Equal(["Meta Platforms, Inc.", "Facebook Inc"], meta.Aliases);
        Assert.Empty(meta.NewsroomFeeds);
    }

    [Fact]
    public void ParseCompany_Microsoft_FiscalYearEndsInJune()
    {
        var msft = SubmissionsParser.ParseCompany(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0000789019.json")), "MSFT", 789019);

        Assert.Equal(("MICROSOFT CORP", "0630", 6, 30), (msft.Name, msft.FiscalYearEnd, msft.FiscalYearEndMonth, msft.FiscalYearEndDay));
        Assert.Empty(msft.FormerNames);
        Assert.Equal(["MICROSOFT CORP"], msft.Aliases);
    }

    [Theory]
    [InlineData("""{"name": "SOME TRUST", "fiscalYearEnd": null}""", "SEC lists no fiscal year end (MMDD) for SOME TRUST (CIK 42): ''.")]
    [InlineData("""{"name": "SOME TRUST", "fiscalYearEnd": "1332"}""", "SEC lists no fiscal year end (MMDD) for SOME TRUST (CIK 42): '1332'.")]
    [InlineData("""{"fiscalYearEnd": "1231"}""", "The submissions document of CIK 42 has no name.")]
    public void ParseCompany_MissingOrBadHeader_FailsRatherThanGuessing(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SubmissionsParser.ParseCompany(System.Text.Encoding.UTF8.GetBytes(json), "X", 42));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Matcher_CompanyAddedByTicker_MatchesItsFormerNameWithTheContractorGuardUnchanged()
    {
        // A catalog without Meta, then Meta added by ticker: the matcher follows the catalog without being rebuilt.
        var catalog = new CompanyCatalog([SubmissionsParser.ParseCompany(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0000789019.json")), "MSFT", 789019)]);
        var matcher = new EmployerMatcher(catalog);
        Assert.Null(matcher.Match("Facebook Inc"));

        catalog.Merge([SubmissionsParser.ParseCompany(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0001326801.json")), "META", 1326801)]);

        Assert.Equal(new EmployerMatch("META", false, "Facebook Inc"), matcher.Match("Facebook Inc"));
        Assert.Equal(new EmployerMatch("META", false, "Meta Platforms, Inc."), matcher.Match("Meta Platforms, Inc."));
        // Real CA EDD wording (see Warn/CaEddWarnParserTests): a contractor at Meta's site is not Meta.
        Assert.Null(matcher.Match("ABM Industry Groups, LLC dba Meta Platforms, Inc."));
        Assert.Equal("MSFT", matcher.Match("MICROSOFT CORP")!.Ticker);
    }

    [Fact]
    public void Catalog_Merge_AnAddedSeedTickerReplacesTheSeed_AndAddedCompaniesFollowInTickerOrder()
    {
        var seeds = CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json"));
        var edited = seeds.Find("MSFT")! with { Aliases = ["Microsoft", "LinkedIn Corporation"], Origin = CompanyOrigins.Added };
        var nvda = new Company("NVDA", 1045810, "NVIDIA CORP", "0126", ["NVIDIA CORP"], []) { Origin = CompanyOrigins.Added };
        var aapl = new Company("AAPL", 320193, "Apple Inc.", "0928", ["Apple Inc."], []) { Origin = CompanyOrigins.Added };

        seeds.Merge([nvda, edited, aapl]);

        Assert.Equal(["META", "GOOGL", "MSFT", "AMZN", "AAPL", "NVDA"], seeds.Companies.Select(c => c.Ticker));
        Assert.Equal(["Microsoft", "LinkedIn Corporation"], seeds.Find("msft")!.Aliases);
        seeds.Merge([]);
        Assert.Equal(["META", "GOOGL", "MSFT", "AMZN"], seeds.Companies.Select(c => c.Ticker));
        Assert.Equal(CompanyOrigins.Seeds, seeds.Find("MSFT")!.Origin);
    }
}
