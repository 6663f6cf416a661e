using System.Globalization;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using static IndustryTracker.Tests.Sec.SecFixtureDocuments;

namespace IndustryTracker.Tests.Sec;

public sealed class InlineXbrlParserTests
{
    private static readonly DateOnly Jan1 = new(2023, 1, 1);
    private static readonly DateOnly Dec31 = new(2023, 12, 31);

    [Fact]
    public void Parse_Meta10K_ReadsConsolidatedRevenueScaledToDollars()
    {
        var facts = InlineXbrlParser.Parse(Load(Meta10K));

        var revenue = Assert.Single(facts, f => f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
            && f.PeriodStart == Jan1 && f.PeriodEnd == Dec31 && !f.HasDimensions);
        Assert.Equal(134_902_000_000m, revenue.Value);
        Assert.Equal("USD", revenue.Unit);
    }

    [Fact]
    public void Parse_Meta10K_KeepsSegmentRevenueAsDimensionedFacts()
    {
        var facts = InlineXbrlParser.Parse(Load(Meta10K));

        var fy2023 = facts.Where(f => f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
            && f.PeriodStart == Jan1 && f.PeriodEnd == Dec31).ToList();
        Assert.Contains(fy2023, f => f.HasDimensions && f.Value == 133_006_000_000m); // Family of Apps
        Assert.Contains(fy2023, f => f.HasDimensions && f.Value == 1_896_000_000m); // Reality Labs
        Assert.DoesNotContain(fy2023, f => !f.HasDimensions && f.Value != 134_902_000_000m);
    }

    [Fact]
    public void Parse_Amazon10K_AppliesSignMinusToNetLoss()
    {
        var facts = InlineXbrlParser.Parse(Load(Amazon10K));

        // "Net income (loss) ... (2,722)" for 2022 is tagged sign="-".
        var netLoss = Assert.Single(facts, f => f.Concept == "us-gaap:NetIncomeLoss" && !f.HasDimensions
            && f.PeriodStart == new DateOnly(2022, 1, 1) && f.PeriodEnd == new DateOnly(2022, 12, 31));
        Assert.Equal(-2_722_000_000m, netLoss.Value);
    }

    [Fact]
    public void Parse_Alphabet10K_ResolvesInstantPeriodsAndDivideUnits()
    {
        var facts = InlineXbrlParser.Parse(Load(Alphabet10K));

        // Nested ix:nonFraction: "$0.001 par value" states one value for two instants.
        var par = facts.Where(f => f.Concept == "us-gaap:PreferredStockParOrStatedValuePerShare").ToList();
        Assert.Equal(2, par.Count);
        Assert.All(par, f => Assert.Equal((null, 0.001m, "USD/shares"), (f.PeriodStart, f.Value, f.Unit)));
        Assert.Equal(
            [new DateOnly(2022, 12, 31), new DateOnly(2023, 12, 31)],
            par.Select(f => f.PeriodEnd).Order());
    }

    [Fact]
    public void Parse_Alphabet10K_ReadsNumberWordsAsCounts()
    {
        var facts = InlineXbrlParser.Parse(Load(Alphabet10K));

        // "Our Board of Directors has authorized three classes of stock" (ixt-sec:numwordsen).
        var classes = Assert.Single(facts, f => f.Concept == "goog:NumberOfClassesOfCommonStock");
        Assert.Equal(3m, classes.Value);
    }

    [Fact]
    public void Parse_Meta10K_ReadsFixedZeroDashAsZero()
    {
        var facts = InlineXbrlParser.Parse(Load(Meta10K));

        // The 2021 data-center restructuring cell prints "—", tagged ixt:fixed-zero.
        Assert.Contains(facts, f => f.Concept == "us-gaap:RestructuringCharges" && f.HasDimensions
            && f.PeriodEnd == new DateOnly(2021, 12, 31) && f.Value == 0m);
    }

    // Each periodic report's own period: the quarter for a 10-Q, the fiscal year for a 10-K (millions as printed).
    [Theory]
    [InlineData(Meta10K, "2023-01-01", "2023-12-31", 134_902)]
    [InlineData(Meta10Q, "2023-04-01", "2023-06-30", 31_999)]
    [InlineData(Alphabet10K, "2023-01-01", "2023-12-31", 307_394)]
    [InlineData(Alphabet10QQ2, "2023-04-01", "2023-06-30", 74_604)]
    [InlineData(Alphabet10QQ3, "2023-07-01", "2023-09-30", 76_693)]
    [InlineData(Amazon10K, "2023-01-01", "2023-12-31", 574_785)]
    [InlineData(Amazon10Q, "2023-04-01", "2023-06-30", 134_383)]
    public void Parse_PeriodicReport_FindsRevenueForItsOwnPeriod(string url, string start, string end, long millions)
    {
        var values = FinancialFactSelector.Select(InlineXbrlParser.Parse(Load(url)));

        var revenue = Assert.Single(values, v => v.Metric == Metric.Revenue
            && v.PeriodStart == DateOnly.Parse(start, CultureInfo.InvariantCulture)
            && v.PeriodEnd == DateOnly.Parse(end, CultureInfo.InvariantCulture));
        Assert.Equal(millions * 1_000_000m, revenue.Value);
    }

    [Fact]
    public void Parse_Facebook10Q2019_YieldsNoFactsWithoutInlineXbrl()
    {
        Assert.Empty(InlineXbrlParser.Parse(Load(Facebook10Q2019)));
    }

    [Fact]
    public void Parse_Meta8KCoverPage_YieldsNoNumericFacts()
    {
        // The 8-K tags its cover page (ix:nonNumeric) and defines contexts, but states no numbers.
        Assert.Empty(InlineXbrlParser.Parse(Load(Meta8K)));
    }

    [Fact]
    public void Parse_Meta10K_ReturnsEachIdenticalFactOnce()
    {
        var facts = InlineXbrlParser.Parse(Load(Meta10K));

        Assert.Equal(facts.Count, facts.Distinct().Count());
        // Revenue FY2023 appears in the income statement, segment note and MD&A; it is stated once here.
        Assert.Single(facts, f => f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
            && f.PeriodStart == Jan1 && f.PeriodEnd == Dec31 && !f.HasDimensions);
    }
}
