using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage.Entities;
using static IndustryTracker.Core.Benchmarks.BenchmarkMetrics;

namespace IndustryTracker.Tests.Benchmarks;

/// <summary>Synthetic facts (test data, not from filings) that pin down the calculator's rules.</summary>
public sealed class BenchmarkCalculatorTests
{
    private static readonly Company Msft = new("MSFT", 789019, "Microsoft Corporation", "0630", [], []);
    private static readonly Company Meta = new("META", 1326801, "Meta Platforms, Inc.", "1231", [], []);

    [Fact]
    public void Calculate_FiscalYearEndingInJune_LabelsByTheYearItEnds()
    {
        var rows = BenchmarkCalculator.Calculate(Msft, [Headcount("2023-06-30", 221_000)], [Money("Revenue", "2022-07-01", "2023-06-30", 211_915_000_000m)]);

        var row = Assert.Single(rows);
        Assert.Equal((2023, new DateOnly(2022, 7, 1), new DateOnly(2023, 6, 30)), (row.FiscalYear, row.PeriodStart, row.PeriodEnd));
        Assert.Equal(211_915_000_000m, row.Metrics[Revenue].Value);
    }

    [Fact]
    public void Calculate_BothYearEndsKnown_DividesByTheAverageAndSaysSo()
    {
        var rows = BenchmarkCalculator.Calculate(
            Meta,
            [Headcount("2022-12-31", 86_482), Headcount("2023-12-31", 67_317)],
            [Money("Revenue", "2023-01-01", "2023-12-31", 134_902_000_000m)]);

        var row = rows.Single(r => r.FiscalYear == 2023);
        Assert.Equal(Math.Round(134_902_000_000m / ((86_482m + 67_317m) / 2m), 0), row.Metrics[RevenuePerEmployee].Value);
        Assert.Equal("average of start and end headcount", row.PerEmployeeBasis);
        Assert.Equal(Math.Round((67_317m - 86_482m) / 86_482m * 100m, 2), row.Metrics[EmployeesChangePct].Value);
        Assert.Equal(3, row.Metrics[RevenuePerEmployee].Sources.Count);
    }

    [Fact]
    public void Calculate_OnlyEndKnown_UsesEndAndSaysSo()
    {
        var rows = BenchmarkCalculator.Calculate(Meta, [Headcount("2023-12-31", 67_317)], [Money("Revenue", "2023-01-01", "2023-12-31", 134_902_000_000m)]);

        var row = Assert.Single(rows);
        Assert.Equal(Math.Round(134_902_000_000m / 67_317m, 0), row.Metrics[RevenuePerEmployee].Value);
        Assert.Equal("end-of-year headcount (start unknown)", row.PerEmployeeBasis);
        Assert.Null(row.Metrics[EmployeesChangePct].Value);
    }

    [Fact]
    public void Calculate_MissingInputs_GiveNullWithAReasonNeverZero()
    {
        var rows = BenchmarkCalculator.Calculate(Meta, [], [Money("Revenue", "2023-01-01", "2023-12-31", 134_902_000_000m)]);

        var row = Assert.Single(rows);
        foreach (var metric in new[] { Employees, RevenuePerEmployee, RndExpense, RndIntensity, OperatingMargin, RestructuringCharges })
        {
            Assert.Null(row.Metrics[metric].Value);
            Assert.False(string.IsNullOrWhiteSpace(row.Metrics[metric].Note), metric);
        }
    }

    [Fact]
    public void Calculate_QuarterlyAndYearToDateFacts_AreNotAnnualValues()
    {
        var rows = BenchmarkCalculator.Calculate(
            Meta,
            [],
            [Money("Revenue", "2023-04-01", "2023-06-30", 31_999_000_000m), Money("Revenue", "2023-01-01", "2023-06-30", 60_645_000_000m)]);

        Assert.Empty(rows);
    }

    [Fact]
    public void Calculate_SameFigureInTwoFilings_LatestFilingWins()
    {
        var rows = BenchmarkCalculator.Calculate(
            Meta,
            [],
            [Money("Revenue", "2022-01-01", "2022-12-31", 116_609_000_000m, filed: "2023-02-02"), Money("Revenue", "2022-01-01", "2022-12-31", 116_600_000_000m, filed: "2024-02-02")]);

        Assert.Equal(116_600_000_000m, Assert.Single(rows).Metrics[Revenue].Value);
    }

    [Fact]
    public void Calculate_MarginAndIntensity_ArePercentOfRevenue()
    {
        var rows = BenchmarkCalculator.Calculate(
            Meta,
            [],
            [
                Money("Revenue", "2023-01-01", "2023-12-31", 200m),
                Money("OperatingIncome", "2023-01-01", "2023-12-31", 50m),
                Money("RndExpense", "2023-01-01", "2023-12-31", 30m),
            ]);

        var row = Assert.Single(rows);
        Assert.Equal(25m, row.Metrics[OperatingMargin].Value);
        Assert.Equal(15m, row.Metrics[RndIntensity].Value);
    }

    private static HeadcountEntity Headcount(string asOf, long employees) => new()
    {
        PartitionKey = "X",
        RowKey = asOf,
        AsOf = asOf,
        Employees = employees,
        Scope = "Employees",
        Sentence = $"Test data: {employees} employees as of {asOf}.",
        SourceKind = "sec-filing",
        Url = "https://example.test/10-k.htm",
        FilingDate = asOf,
    };

    private static FinancialEntity Money(string metric, string start, string end, decimal value, string filed = "2024-02-02") => new()
    {
        PartitionKey = "X",
        RowKey = $"{metric}_{start}_{end}_{filed}",
        Metric = metric,
        Concept = "us-gaap:Test",
        PeriodStart = start,
        PeriodEnd = end,
        Value = (double)value,
        Unit = "USD",
        SourceKind = "sec-companyfacts",
        Url = "https://example.test/companyfacts.json",
        Filed = filed,
    };
}
