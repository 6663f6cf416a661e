using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>
/// Values read from SEC company facts (the recorded Alphabet file, 3 MB) cite the filing that reported each one — its
/// EDGAR index page — not the JSON; the JSON stays the document they were read from.
/// </summary>
public sealed class CompanyFactsCitationTests
{
    private static readonly EmployerMatcher Matcher = new(CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json")));

    [Fact]
    public void Parse_AlphabetCompanyFacts_EachValueCitesItsFilingsIndexPage()
    {
        var item = new NormalizeWorkItem("GOOGL", "companyfacts", DocumentKinds.SecCompanyFacts, SecFixtureDocuments.AlphabetCompanyFacts, "blob", "", null, null, null, null);

        var parsed = DocumentParsers.Parse(item, BinaryData.FromBytes(File.ReadAllBytes(Fixtures.ReplayFile(SecFixtureDocuments.AlphabetCompanyFacts))), Matcher);

        Assert.NotEmpty(parsed.Financials);
        Assert.All(parsed.Financials, f =>
        {
            var folder = f.Value.Accession!.Replace("-", "", StringComparison.Ordinal);
            Assert.Equal($"https://www.sec.gov/Archives/edgar/data/1652044/{folder}/{f.Value.Accession}-index.html", f.Source.Url);
            Assert.Equal((DocumentKinds.SecCompanyFacts, "companyfacts", (string?)null), (f.Source.SourceKind, f.Source.DocumentKey, f.Source.Accession));
        });
        // FY2013 revenue, $55,519 million (us-gaap:Revenues): reported by the FY2015 10-K (0001652044-16-000012) and repeated
        // by an 8-K (0001652044-16-000022), which is not a periodic report: cited to the 10-K's index page, not to the JSON.
        var fy2013 = parsed.Financials.Single(f => f.Value.Metric == Metric.Revenue && f.Value.PeriodStart == new DateOnly(2013, 1, 1) && f.Value.PeriodEnd == new DateOnly(2013, 12, 31));
        Assert.Equal(55_519_000_000m, fy2013.Value.Value);
        Assert.Equal(("10-K", "0001652044-16-000012"), (fy2013.Value.Form, fy2013.Value.Accession));
        Assert.Equal("https://www.sec.gov/Archives/edgar/data/1652044/000165204416000012/0001652044-16-000012-index.html", fy2013.Source.Url);
    }
}
