using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Tests.Layoffs;

/// <summary>The statements table keeps what the reconciler needs: a fiscal quarter as stated, and timing statements.</summary>
public sealed class StatementEntityTests
{
    [Fact]
    public void RoundTrip_FiscalQuarterAndTiming_Kept()
    {
        var source = new Provenance("sec-filing", "https://example.test/10-q", "0000709283-17-000001", "10-Q", new DateOnly(2017, 11, 8), "10-Q");
        var fiscal = new StatementEvidence("QMCO", new WorkforceStatement(
            StatementKind.Reduction, 49, CountQualifier.Exact, null, null, DatePrecision.Quarter, null, null, false,
            "During the first quarter of fiscal 2018, we approved a plan to eliminate 49 positions.", new FiscalQuarter(2018, 1)), source, new DateOnly(2017, 11, 8));
        var timing = new StatementEvidence("QMCO", new WorkforceStatement(
            StatementKind.Timing, null, null, null, new DateOnly(2022, 11, 1), DatePrecision.Month, null, null, false,
            "Beginning in November 2022, we took a number of steps to reduce our expense base."), source, new DateOnly(2017, 11, 8));

        Assert.Equal(fiscal, StatementEntity.From(fiscal, 0).ToEvidence());
        Assert.Equal(timing, StatementEntity.From(timing, 1).ToEvidence());
        Assert.Equal("FY2018-Q1", StatementEntity.From(fiscal, 0).AnnouncedFiscal);
    }

    [Theory]
    [InlineData("FY2024-Q2", 2024, 2)]
    [InlineData("FY1999-Q4", 1999, 4)]
    public void FiscalQuarter_ParseOfToString_RoundTrips(string text, int year, int quarter)
    {
        var parsed = FiscalQuarter.Parse(text);

        Assert.Equal((new FiscalQuarter(year, quarter), text), (parsed, parsed.ToString()));
    }

    [Theory]
    [InlineData("2024-Q2")]
    [InlineData("FY2024-Q5")]
    public void FiscalQuarter_Malformed_SaysWhatItExpects(string text) =>
        Assert.Contains("not a fiscal quarter like FY2024-Q2", Assert.Throws<FormatException>(() => FiscalQuarter.Parse(text)).Message, StringComparison.Ordinal);
}
