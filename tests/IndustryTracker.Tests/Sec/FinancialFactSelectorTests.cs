using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using static IndustryTracker.Tests.Sec.SecFixtureDocuments;

namespace IndustryTracker.Tests.Sec;

public sealed class FinancialFactSelectorTests
{
    private static readonly DateOnly Jan1 = new(2023, 1, 1);
    private static readonly DateOnly Dec31 = new(2023, 12, 31);

    // The FY2023 column of each 10-K's statements, in millions as printed.
    [Theory]
    [InlineData(Meta10K, Metric.Revenue, 134_902)]
    [InlineData(Meta10K, Metric.OperatingIncome, 46_751)]
    [InlineData(Meta10K, Metric.NetIncome, 39_098)]
    [InlineData(Meta10K, Metric.Capex, 27_266)]
    [InlineData(Meta10K, Metric.RndExpense, 38_483)]
    [InlineData(Amazon10K, Metric.Revenue, 574_785)]
    [InlineData(Amazon10K, Metric.OperatingIncome, 36_852)]
    [InlineData(Amazon10K, Metric.NetIncome, 30_425)]
    [InlineData(Amazon10K, Metric.Capex, 52_729)]
    [InlineData(Alphabet10K, Metric.Revenue, 307_394)]
    [InlineData(Alphabet10K, Metric.OperatingIncome, 84_293)]
    [InlineData(Alphabet10K, Metric.NetIncome, 73_795)]
    [InlineData(Alphabet10K, Metric.Capex, 32_251)]
    [InlineData(Alphabet10K, Metric.RndExpense, 45_427)]
    [InlineData(Alphabet10K, Metric.RestructuringCharges, 3_933)]
    public void Select_10KInlineXbrl_GivesFiscal2023Value(string url, Metric metric, long millions)
    {
        var values = FinancialFactSelector.Select(InlineXbrlParser.Parse(Load(url)));

        var value = Assert.Single(values, v => v.Metric == metric && v.PeriodStart == Jan1 && v.PeriodEnd == Dec31);
        Assert.Equal(millions * 1_000_000m, value.Value);
        Assert.Equal("USD", value.Unit);
        Assert.Null(value.Accession);
    }

    [Theory]
    [InlineData(Meta10K, Metric.RestructuringCharges)] // tagged only per plan and cost type
    [InlineData(Amazon10K, Metric.RestructuringCharges)] // severance stated for 2022 only
    public void Select_10KWithoutUndimensionedTotal_GivesNoFiscal2023Value(string url, Metric metric)
    {
        var values = FinancialFactSelector.Select(InlineXbrlParser.Parse(Load(url)));

        Assert.DoesNotContain(values, v => v.Metric == metric && v.PeriodEnd == Dec31 && v.PeriodStart == Jan1);
    }

    [Fact]
    public void Select_SegmentRevenueOnly_GivesNoRevenue()
    {
        var facts = InlineXbrlParser.Parse(Load(Amazon10K));
        var segments = facts.Where(f => f.HasDimensions && f.PeriodStart == Jan1 && f.PeriodEnd == Dec31
            && f.Concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax").ToList();

        // North America 352,828 + International 131,200 + AWS 90,757 (millions) are all there, dimensioned.
        Assert.Contains(segments, f => f.Value == 90_757_000_000m);
        Assert.DoesNotContain(FinancialFactSelector.Select(segments), v => v.Metric == Metric.Revenue);
    }

    [Fact]
    public void Select_XbrlDuplicatesWithDifferentRounding_KeepsTheMostPreciseValue()
    {
        XbrlFact Revenue(decimal value) =>
            new("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", Jan1, Dec31, value, "USD", false);

        var values = FinancialFactSelector.Select([Revenue(134_900_000_000m), Revenue(134_902_000_000m), Revenue(135_000_000_000m)]);

        Assert.Equal(134_902_000_000m, Assert.Single(values).Value);
    }

    [Fact]
    public void Select_InstantAndNonUsdFacts_AreIgnored()
    {
        var values = FinancialFactSelector.Select(
        [
            new XbrlFact("us-gaap:Revenues", null, Dec31, 1m, "USD", false),
            new XbrlFact("us-gaap:Revenues", Jan1, Dec31, 1m, "EUR", false),
            new XbrlFact("us-gaap:Goodwill", Jan1, Dec31, 1m, "USD", false),
        ]);

        Assert.Empty(values);
    }
}
