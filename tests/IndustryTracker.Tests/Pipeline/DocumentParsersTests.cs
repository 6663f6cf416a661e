using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>
/// Which fact tables each kind of recorded document declares: the normalizer prunes stale rows only in those, so a
/// kind that wrote a table and no longer declared it would leave that table's rows behind.
/// </summary>
public sealed class DocumentParsersTests
{
    private static readonly EmployerMatcher Matcher = new(CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json")));

    [Theory]
    [InlineData(SecFixtureDocuments.Meta10K, DocumentKinds.SecFiling, "10-K", FactTables.Headcount | FactTables.Financials | FactTables.Statements)]
    [InlineData(SecFixtureDocuments.Amazon10Q, DocumentKinds.SecFiling, "10-Q", FactTables.Headcount | FactTables.Financials | FactTables.Statements)]
    [InlineData(SecFixtureDocuments.Meta8K, DocumentKinds.SecFiling, "8-K", FactTables.Statements)]
    [InlineData(SecFixtureDocuments.AlphabetCompanyFacts, DocumentKinds.SecCompanyFacts, null, FactTables.Financials)]
    [InlineData("https://raw.githubusercontent.com/biglocalnews/warn-github-flow/main/data/warn-scraper/exports/wa.csv", DocumentKinds.WarnBlnExport, "WA", FactTables.None)]
    public void Parse_RecordedDocument_DeclaresTheTablesItsKindWrites(string url, string kind, string? form, FactTables expected)
    {
        var item = new NormalizeWorkItem("META", "key", kind, url, "blob", "", null, form, new DateOnly(2023, 12, 31), new DateOnly(2024, 2, 2));

        var parsed = DocumentParsers.Parse(item, BinaryData.FromBytes(File.ReadAllBytes(Fixtures.ReplayFile(url))), Matcher);

        Assert.Equal(expected, parsed.Tables);
        Assert.True(expected.HasFlag(FactTables.Headcount) || parsed.Headcount.Count == 0);
        Assert.True(expected.HasFlag(FactTables.Financials) || parsed.Financials.Count == 0);
        Assert.True(expected.HasFlag(FactTables.Statements) || parsed.Statements.Count == 0);
    }
}
