using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using static IndustryTracker.Tests.Sec.SecFixtureDocuments;

namespace IndustryTracker.Tests.Sec;

public sealed class FinancialConceptsTests
{
    public static TheoryData<Metric> Metrics => [.. Enum.GetValues<Metric>()];

    // Most preferred first: the order decides which concept wins when a filing states several.
    private static readonly Dictionary<Metric, string[]> Expected = new()
    {
        [Metric.Revenue] = ["us-gaap:Revenues", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", "us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax", "us-gaap:SalesRevenueNet"],
        [Metric.OperatingIncome] = ["us-gaap:OperatingIncomeLoss"],
        [Metric.NetIncome] = ["us-gaap:NetIncomeLoss"],
        [Metric.RndExpense] = ["us-gaap:ResearchAndDevelopmentExpense", "us-gaap:ResearchAndDevelopmentExpenseExcludingAcquiredInProcessCost"],
        [Metric.Capex] = ["us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "us-gaap:PaymentsToAcquireProductiveAssets"],
        [Metric.RestructuringCharges] = ["us-gaap:RestructuringCharges", "us-gaap:RestructuringCosts", "us-gaap:RestructuringAndRelatedCostIncurredCost", "us-gaap:SeveranceCosts1"],
    };

    [Theory]
    [MemberData(nameof(Metrics))]
    public void For_EveryMetric_ListsConceptsThatMapBackToIt(Metric metric)
    {
        var concepts = FinancialConcepts.For(metric);

        Assert.Equal(Expected[metric], concepts);
        for (var rank = 0; rank < concepts.Count; rank++)
        {
            Assert.True(FinancialConcepts.TryGetMetric(concepts[rank], out var back, out var backRank));
            Assert.Equal((metric, rank), (back, backRank));
        }
    }

    [Fact]
    public void All_IsExactlyTheConceptsOfEveryMetric()
    {
        var listed = Enum.GetValues<Metric>().SelectMany(FinancialConcepts.For).ToList();

        Assert.Equal(listed.Count, listed.Distinct().Count()); // no concept counts towards two metrics
        Assert.Equal(listed.Order(StringComparer.Ordinal), FinancialConcepts.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void For_Revenue_PrefersTotalRevenuesOverRevenueFromContracts()
    {
        Assert.Equal(
            ["us-gaap:Revenues", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"],
            FinancialConcepts.For(Metric.Revenue).Take(2));
    }

    [Theory]
    [InlineData(Meta10K, Metric.Capex, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")]
    [InlineData(Alphabet10K, Metric.Capex, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")]
    [InlineData(Amazon10K, Metric.Capex, "us-gaap:PaymentsToAcquireProductiveAssets")]
    [InlineData(Meta10K, Metric.RndExpense, "us-gaap:ResearchAndDevelopmentExpense")]
    [InlineData(Alphabet10K, Metric.RestructuringCharges, "us-gaap:RestructuringCharges")]
    [InlineData(Amazon10K, Metric.RestructuringCharges, "us-gaap:SeveranceCosts1")]
    public void For_Metric_IncludesTheConceptTheFilerTags(string url, Metric metric, string concept)
    {
        var tagged = InlineXbrlParser.Parse(Load(url)).Where(f => !f.HasDimensions).Select(f => f.Concept);

        Assert.Contains(concept, tagged);
        Assert.Contains(concept, FinancialConcepts.For(metric));
    }

    [Fact]
    public void For_RndExpense_LeavesOutAmazonTechnologyAndInfrastructure()
    {
        var facts = InlineXbrlParser.Parse(Load(Amazon10K));

        // Amazon states $85,622 million of "technology and infrastructure" for 2023, which is not R&D.
        Assert.Contains(facts, f => f.Concept == "amzn:TechnologyAndInfrastructureExpense" && f.Value == 85_622_000_000m);
        Assert.DoesNotContain("amzn:TechnologyAndInfrastructureExpense", FinancialConcepts.All);
        Assert.DoesNotContain(FinancialFactSelector.Select(facts), v => v.Metric == Metric.RndExpense);
    }
}
