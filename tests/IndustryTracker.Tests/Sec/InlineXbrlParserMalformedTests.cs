using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;

namespace IndustryTracker.Tests.Sec;

/// <summary>
/// Broken documents, built in the exact shape of Meta's 10-K (its context c-1, unit usd, revenue fact f-137), with one
/// part damaged. A bad document must fail whole, naming what is wrong, so it is quarantined rather than half-read.
/// </summary>
public sealed class InlineXbrlParserMalformedTests
{
    private const string Context = """
        <xbrli:context id="c-1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001326801</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate></xbrli:period></xbrli:context>
        """;

    private const string Unit = """<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>""";

    private const string Revenue = """
        <ix:nonFraction unitRef="usd" contextRef="c-1" decimals="-6" name="us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax" format="ixt:num-dot-decimal" scale="6" id="f-137">134,902</ix:nonFraction>
        """;

    [Fact]
    public void Parse_WellFormedDocument_ReadsTheFact()
    {
        var fact = Assert.Single(Parse(Context, Unit, Revenue));

        Assert.Equal(
            new XbrlFact("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", new DateOnly(2023, 1, 1),
                new DateOnly(2023, 12, 31), 134_902_000_000m, "USD", false),
            fact);
    }

    [Theory]
    [InlineData("<xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate>", "", "no complete period")]
    [InlineData("<xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate>", "<xbrli:startDate>2023-01-01</xbrli:startDate>", "no complete period")]
    [InlineData("2023-12-31</xbrli:endDate>", "31/12/2023</xbrli:endDate>", "unparseable date '31/12/2023'")]
    public void Parse_MalformedContext_ThrowsFormatExceptionNamingContext(string original, string damaged, string problem)
    {
        var error = Assert.Throws<FormatException>(() => Parse(Context.Replace(original, damaged, StringComparison.Ordinal), Unit, Revenue));

        Assert.Contains("'c-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contextRef=\"c-1\"", "contextRef=\"c-9\"", "context 'c-9'")]
    [InlineData("unitRef=\"usd\"", "unitRef=\"eur\"", "unit 'eur'")]
    [InlineData("ixt:num-dot-decimal", "ixt:date-monthname-day-year-en", "unsupported number format")]
    [InlineData(">134,902<", ">134.902,00<", "'134.902,00' is not a number")]
    [InlineData("scale=\"6\"", "scale=\"six\"", "scale 'six'")]
    public void Parse_MalformedFact_ThrowsFormatExceptionNamingFact(string original, string damaged, string problem)
    {
        var error = Assert.Throws<FormatException>(() => Parse(Context, Unit, Revenue.Replace(original, damaged, StringComparison.Ordinal)));

        Assert.Contains("'f-137'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ixt:num-comma-decimal", "134.902,5", 134_902_500_000)]
    [InlineData("ixt:fixed-zero", "&#8212;", 0)]
    [InlineData("ixt-sec:numwordsen", "twenty-one", 21_000_000)]
    [InlineData("ixt-sec:numwordsen", "no", 0)]
    [InlineData("", "&#8212;", 0)] // a dash with no format at all still reads as zero
    [InlineData("", "134902.5", 134_902_500_000)]
    public void Parse_OtherNumberFormats_AreTransformed(string format, string text, long expected)
    {
        var formatted = format.Length == 0
            ? Revenue.Replace(" format=\"ixt:num-dot-decimal\"", "", StringComparison.Ordinal)
            : Revenue.Replace("ixt:num-dot-decimal", format, StringComparison.Ordinal);
        var fact = Assert.Single(Parse(Context, Unit, formatted
            .Replace(">134,902<", $">{text}<", StringComparison.Ordinal)));

        Assert.Equal(expected, fact.Value);
    }

    private static IReadOnlyList<XbrlFact> Parse(string context, string unit, string fact) =>
        InlineXbrlParser.Parse(HtmlDocuments.Parse($"""
            <html><body><div style="display:none"><ix:header><ix:resources>{context}{unit}</ix:resources></ix:header></div>
            <p>Revenue $ {fact}</p></body></html>
            """));
}
