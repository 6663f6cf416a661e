using System.Globalization;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using IndustryTracker.Tests.Support;
using static IndustryTracker.Tests.Sec.SecFixtureDocuments;

namespace IndustryTracker.Tests.Sec;

/// <summary>Selection over Alphabet's company facts: every filing's copy of a value, two revenue concepts.</summary>
public sealed class FinancialFactSelectorCompanyFactsTests
{
    private static readonly Lazy<IReadOnlyList<CompanyFact>> Facts = new(() =>
    {
        using var stream = Fixtures.Open(AlphabetCompanyFacts);
        return CompanyFactsParser.Parse(stream);
    });

    private static MetricValue SingleValue(Metric metric, DateOnly start, DateOnly end) =>
        Assert.Single(FinancialFactSelector.Select(Facts.Value), v => v.Metric == metric && v.PeriodStart == start && v.PeriodEnd == end);

    [Fact]
    public void Select_AlphabetCalendar2023_GivesRevenueFromTotalRevenues()
    {
        var revenue = SingleValue(Metric.Revenue, new(2023, 1, 1), new(2023, 12, 31));

        // Also tagged as RevenueFromContractWithCustomerExcludingAssessedTax, same value; Revenues ranks first.
        Assert.Equal(
            new MetricValue(Metric.Revenue, "us-gaap:Revenues", new(2023, 1, 1), new(2023, 12, 31), 307_394_000_000m, "USD",
                "0001652044-26-000018", "10-K", new(2026, 2, 5), "CY2023"),
            revenue);
    }

    [Fact]
    public void Select_SameConceptAndPeriodInSeveralFilings_KeepsOnlyTheLatestFiled()
    {
        var copies = Facts.Value.Count(f => f.Concept == "us-gaap:Revenues"
            && f.PeriodStart == new DateOnly(2015, 1, 1) && f.PeriodEnd == new DateOnly(2015, 12, 31));

        var revenue = SingleValue(Metric.Revenue, new(2015, 1, 1), new(2015, 12, 31));

        // 10-K 2016, 8-K 2016-05, 10-K 2017 and 10-K 2018 all state FY2015 revenue.
        Assert.Equal(4, copies);
        Assert.Equal((74_989_000_000m, "0001652044-18-000007", new DateOnly(2018, 2, 6), "CY2015"),
            (revenue.Value, revenue.Accession, revenue.Filed, revenue.Frame));
    }

    [Fact]
    public void Select_LaterFilingOfAnotherForm_StillWins()
    {
        // A 2026 proxy statement repeats 2023 net income after three 10-Ks did; it is the latest filing.
        var netIncome = SingleValue(Metric.NetIncome, new(2023, 1, 1), new(2023, 12, 31));

        Assert.Equal((73_795_000_000m, "0001308179-26-000342", "DEF 14A"), (netIncome.Value, netIncome.Accession, netIncome.Form));
    }

    [Fact]
    public void Select_PeriodTaggedOnlyUnderSecondRevenueConcept_StillGetsRevenue()
    {
        var revenue2022 = SingleValue(Metric.Revenue, new(2022, 1, 1), new(2022, 12, 31));

        Assert.DoesNotContain(Facts.Value, f => f.Concept == "us-gaap:Revenues" && f.PeriodEnd == new DateOnly(2022, 12, 31));
        Assert.Equal(
            ("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", 282_836_000_000m, "0001652044-25-000014"),
            (revenue2022.Concept, revenue2022.Value, revenue2022.Accession));
    }

    [Fact]
    public void Select_Alphabet2023_KeepsQuarterYearToDateAndAnnualDurations()
    {
        var periods = FinancialFactSelector.Select(Facts.Value)
            .Where(v => v.Metric == Metric.Revenue && v.PeriodEnd.Year == 2023)
            .Select(v => (v.PeriodStart!.Value.ToString("MM-dd", CultureInfo.InvariantCulture), v.PeriodEnd.ToString("MM-dd", CultureInfo.InvariantCulture), v.Value / 1_000_000m));

        Assert.Equal(
            [
                ("01-01", "03-31", 69_787m),
                ("01-01", "06-30", 144_391m), ("04-01", "06-30", 74_604m),
                ("01-01", "09-30", 221_084m), ("07-01", "09-30", 76_693m),
                ("01-01", "12-31", 307_394m),
            ],
            periods);
    }

    [Fact]
    public void Select_SameFilingDate_HigherAccessionWins()
    {
        CompanyFact Fact(string accession, decimal value) => new(
            "us-gaap:NetIncomeLoss", "USD", new(2023, 1, 1), new(2023, 12, 31), value, accession, "10-K", new(2024, 1, 31), null);

        var values = FinancialFactSelector.Select([Fact("0001652044-24-000023", 2m), Fact("0001652044-24-000022", 1m)]);

        Assert.Equal("0001652044-24-000023", Assert.Single(values).Accession);
    }
}
