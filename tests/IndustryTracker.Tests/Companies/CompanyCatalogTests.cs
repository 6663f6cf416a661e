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
        Assert.All(catalog.Companies, c => Assert.NotEmpty(c.Aliases));
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
