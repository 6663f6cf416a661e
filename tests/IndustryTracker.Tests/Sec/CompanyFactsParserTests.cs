using System.Text;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using IndustryTracker.Tests.Support;
using static IndustryTracker.Tests.Sec.SecFixtureDocuments;

namespace IndustryTracker.Tests.Sec;

public sealed class CompanyFactsParserTests
{
    private static IReadOnlyList<CompanyFact> ParseAlphabet()
    {
        using var stream = Fixtures.Open(AlphabetCompanyFacts);
        return CompanyFactsParser.Parse(stream);
    }

    [Fact]
    public void Parse_AlphabetCompanyFacts_KeepsOnlyConceptsOfTheTable()
    {
        var facts = ParseAlphabet();

        Assert.All(facts, f => Assert.Contains(f.Concept, FinancialConcepts.All));
        // Counts of the unit arrays in the recorded file, every filing's copy included.
        Assert.Equal(73, facts.Count(f => f.Concept == "us-gaap:Revenues"));
        Assert.Equal(87, facts.Count(f => f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"));
    }

    [Fact]
    public void Parse_AlphabetCompanyFacts_ReadsEveryFieldOfAFact()
    {
        var facts = ParseAlphabet();

        var revenue = Assert.Single(facts, f => f.Concept == "us-gaap:Revenues"
            && f.PeriodStart == new DateOnly(2023, 1, 1) && f.PeriodEnd == new DateOnly(2023, 12, 31));
        Assert.Equal(
            new CompanyFact("us-gaap:Revenues", "USD", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 307_394_000_000m,
                "0001652044-26-000018", "10-K", new DateOnly(2026, 2, 5), "CY2023"),
            revenue);
    }

    [Fact]
    public void Parse_FactWithoutFrameOrFiscalYear_KeepsItWithNullFrame()
    {
        var facts = ParseAlphabet();

        // The 2024 10-K restates 2022 revenue without a frame; a proxy statement repeats 2023 net income with fy: null.
        Assert.Contains(facts, f => f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
            && f.PeriodEnd == new DateOnly(2022, 12, 31) && f.Accession == "0001652044-24-000022" && f.Frame is null);
        Assert.Contains(facts, f => f.Concept == "us-gaap:NetIncomeLoss" && f.Form == "DEF 14A"
            && f.Accession == "0001308179-26-000342" && f.Value == 73_795_000_000m);
    }

    [Fact]
    public void Parse_CustomFilter_ReadsDeiInstantFacts()
    {
        using var stream = Fixtures.Open(AlphabetCompanyFacts);

        var facts = CompanyFactsParser.Parse(stream, concept => concept == "dei:EntityPublicFloat");

        Assert.Equal(12, facts.Count);
        Assert.All(facts, f => Assert.Null(f.PeriodStart));
        var last = facts[^1];
        Assert.Equal((new DateOnly(2025, 6, 30), 1_900_000_000_000m, "CY2025Q2I"), (last.PeriodEnd, last.Value, last.Frame));
    }

    [Fact]
    public void Parse_StringWhereNumberBelongs_ThrowsFormatExceptionNamingConcept()
    {
        const string Json = """
            {"cik":1652044,"facts":{"us-gaap":{"Revenues":{"label":"Revenues","units":{"USD":[
              {"start":"2023-01-01","end":"2023-12-31","val":"307394000000","accn":"0001652044-24-000022","fy":2023,"fp":"FY","form":"10-K","filed":"2024-01-31"}
            ]}}}}}
            """;

        var error = Assert.Throws<FormatException>(() => Parse(Json));

        Assert.Contains("us-gaap:Revenues", error.Message, StringComparison.Ordinal);
        Assert.Contains("'val'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"end":"2023-12-31","val":1,"accn":"a","form":"10-K","filed":"31/01/2024"}""", "'filed'")]
    [InlineData("""{"val":1,"accn":"a","form":"10-K","filed":"2024-01-31"}""", "'end'")]
    [InlineData("""{"end":"2023-12-31","val":1,"accn":7,"form":"10-K","filed":"2024-01-31"}""", "'accn'")]
    public void Parse_MalformedFact_ThrowsFormatExceptionNamingConceptAndField(string fact, string field)
    {
        var json = """{"facts":{"us-gaap":{"NetIncomeLoss":{"units":{"USD":[""" + fact + "]}}}}}";

        var error = Assert.Throws<FormatException>(() => Parse(json));

        Assert.Contains("us-gaap:NetIncomeLoss", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnwantedConceptWithWrongTypes_IsSkippedUnread()
    {
        const string Json = """{"facts":{"us-gaap":{"Goodwill":{"units":{"USD":[{"val":"oops"}]}}}}}""";

        Assert.Empty(Parse(Json));
    }

    private static IReadOnlyList<CompanyFact> Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return CompanyFactsParser.Parse(stream);
    }
}
