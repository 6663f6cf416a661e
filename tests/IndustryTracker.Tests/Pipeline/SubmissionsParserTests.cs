using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

public sealed class SubmissionsParserTests
{
    [Fact]
    public void Parse_MicrosoftListing_ReadsEveryRecentFiling()
    {
        var filings = SubmissionsParser.Parse(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0000789019.json")));

        Assert.Equal(1006, filings.Count);
        var first = filings[0];
        Assert.Equal(("0001193125-26-027232", "IRANNOTICE", new DateOnly(2026, 1, 28)), (first.Accession, first.Form, first.FilingDate));
        var eightK = filings.First(f => f.Accession == "0001193125-26-027198");
        Assert.Equal(["2.02", "9.01"], eightK.Items);
        Assert.Equal(
            "https://www.sec.gov/Archives/edgar/data/789019/000119312526027198/msft-20260128.htm",
            eightK.PrimaryDocumentUrl(new Uri("https://www.sec.gov/"), 789019).AbsoluteUri);
    }

    [Fact]
    public void Parse_MetaTrimmedListing_HasItsFourFilings()
    {
        var filings = SubmissionsParser.Parse(File.ReadAllBytes(Fixtures.ReplayFile("https://data.sec.gov/submissions/CIK0001326801.json")));

        Assert.Equal(["8-K", "10-K", "10-Q", "10-Q"], filings.Select(f => f.Form));
        Assert.Equal(new DateOnly(2023, 12, 31), filings[1].ReportDate);
        Assert.Equal(["5.02"], filings[0].Items);
    }

    [Theory]
    [InlineData("""{"filings":{"recent":{"accessionNumber":[1],"filingDate":["2020-01-01"],"reportDate":[""],"form":["10-K"],"primaryDocument":["a.htm"]}}}""", "accessionNumber")]
    [InlineData("""{"filings":{"recent":{"accessionNumber":["x"],"filingDate":["01/02/2020"],"reportDate":[""],"form":["10-K"],"primaryDocument":["a.htm"]}}}""", "filingDate")]
    [InlineData("""{"filings":{"recent":{"accessionNumber":["x","y"],"filingDate":["2020-01-01"],"reportDate":[""],"form":["10-K"],"primaryDocument":["a.htm"]}}}""", "different lengths")]
    [InlineData("""{"cik":"1"}""", "filings.recent")]
    public void Parse_MalformedListing_ThrowsNamingTheProblem(string json, string named)
    {
        var error = Assert.Throws<FormatException>(() => SubmissionsParser.Parse(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
