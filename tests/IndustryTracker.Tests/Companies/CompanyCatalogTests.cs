using IndustryTracker.Core.Companies;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Companies;

public sealed class CompanyCatalogTests
{
    [Fact]
    public void Load_Seeds_HasTheFourCompaniesWithTheirFiscalYears()
    {
        var catalog = CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json"));

        Assert.Equal(["META", "GOOGL", "MSFT", "AMZN"], catalog.Companies.Select(c => c.Ticker));
        var msft = catalog.Find("msft")!;
        Assert.Equal(789019, msft.Cik);
        Assert.Equal("0000789019", msft.PaddedCik);
        Assert.Equal((6, 30), (msft.FiscalYearEndMonth, msft.FiscalYearEndDay));
        Assert.Equal(
            [
                ["Meta Platforms, Inc.", "Meta Platforms", "Facebook, Inc.", "Facebook"],
                ["Alphabet Inc.", "Google LLC", "Google Inc.", "Google"],
                ["Microsoft Corporation", "Microsoft Corp.", "Microsoft"],
                ["Amazon.com, Inc.", "Amazon.com Services LLC", "Amazon.com", "Amazon"],
            ],
            catalog.Companies.Select(c => c.Aliases.ToArray()));
    }

    [Fact]
    public void Load_InvalidEntries_FailsNamingEachProblem()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"companies":[{"ticker":"A B","cik":0,"name":"","fiscalYearEnd":"1331"}]}""");

            var error = Assert.Throws<InvalidOperationException>(() => CompanyCatalog.Load(path));

            Assert.Contains("ticker", error.Message, StringComparison.Ordinal);
            Assert.Contains("cik", error.Message, StringComparison.Ordinal);
            Assert.Contains("name", error.Message, StringComparison.Ordinal);
            Assert.Contains("fiscalYearEnd", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CompanyCatalog.Load("/nonexistent/companies.json"));
        Assert.Contains("--companies", error.Message, StringComparison.Ordinal);
    }
}
