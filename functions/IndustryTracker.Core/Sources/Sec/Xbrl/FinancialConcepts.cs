using System.Collections.Frozen;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Which XBRL concepts state each metric, in order of preference: for a period, the first concept with a value
/// wins. Concepts differ by company and year, so this table is the one place that knows them.
/// </summary>
public static class FinancialConcepts
{
    private static readonly FrozenDictionary<Metric, IReadOnlyList<string>> Table = new Dictionary<Metric, IReadOnlyList<string>>
    {
        // Revenues is the total where a filer also has revenue outside ASC 606 (Alphabet from 2023 on);
        // Meta and Amazon tag their total only as revenue from contracts; SalesRevenueNet is the pre-2018 name.
        [Metric.Revenue] = Array.AsReadOnly(
        [
            "us-gaap:Revenues",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
            "us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax",
            "us-gaap:SalesRevenueNet",
        ]),
        [Metric.OperatingIncome] = Array.AsReadOnly(["us-gaap:OperatingIncomeLoss"]),
        [Metric.NetIncome] = Array.AsReadOnly(["us-gaap:NetIncomeLoss"]),

        // Amazon has no R&D concept: it reports amzn:TechnologyAndInfrastructureExpense (before 2023
        // "technology and content"), which also holds data-centre and infrastructure costs. Counting it as R&D
        // would make Amazon's R&D intensity incomparable, so it is deliberately not mapped; Amazon has no value.
        [Metric.RndExpense] = Array.AsReadOnly(
        [
            "us-gaap:ResearchAndDevelopmentExpense",
            "us-gaap:ResearchAndDevelopmentExpenseExcludingAcquiredInProcessCost",
        ]),

        // Meta and Alphabet: "purchases of property and equipment" as PaymentsToAcquirePropertyPlantAndEquipment.
        // Amazon tags its line of the same name as PaymentsToAcquireProductiveAssets (gross, before the
        // separately tagged proceeds and incentives).
        [Metric.Capex] = Array.AsReadOnly(
        [
            "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
            "us-gaap:PaymentsToAcquireProductiveAssets",
        ]),

        // Alphabet tags its total as RestructuringCharges; Meta only by plan and cost type (dimensioned, so no
        // total here); Amazon only states severance (SeveranceCosts1), the narrowest measure, hence last.
        [Metric.RestructuringCharges] = Array.AsReadOnly(
        [
            "us-gaap:RestructuringCharges",
            "us-gaap:RestructuringCosts",
            "us-gaap:RestructuringAndRelatedCostIncurredCost",
            "us-gaap:SeveranceCosts1",
        ]),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (Metric Metric, int Rank)> ByConcept = Table
        .SelectMany(entry => entry.Value.Select((concept, rank) => (concept, entry.Key, rank)))
        .ToFrozenDictionary(t => t.concept, t => (t.Key, t.rank), StringComparer.Ordinal);

    /// <summary>Every concept in the table; what the company-facts parser keeps.</summary>
    public static IReadOnlySet<string> All { get; } = ByConcept.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The candidate concepts for <paramref name="metric"/>, most preferred first.</summary>
    public static IReadOnlyList<string> For(Metric metric) =>
        Table.TryGetValue(metric, out var concepts)
            ? concepts
            : throw new ArgumentOutOfRangeException(nameof(metric), metric, "No concepts are defined for this metric.");

    /// <summary>The metric a concept states and its rank among that metric's candidates (0 = preferred).</summary>
    public static bool TryGetMetric(string concept, out Metric metric, out int rank)
    {
        var found = ByConcept.TryGetValue(concept, out var entry);
        (metric, rank) = entry;
        return found;
    }
}
