using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Warn;

public sealed class BlnExportCaliforniaTests
{
    private static readonly Core.Sources.Warn.WarnExportRead Read = WarnFixtures.ReadExport("CA");

    [Fact]
    public void Read_CaExport_ReadsEveryRowAsANotice()
    {
        Assert.Equal(10737, Read.RowsRead);
        Assert.Equal(10737, Read.Notices.Count);
        Assert.All(Read.Notices, n => Assert.Equal("CA", n.State));
    }

    [Fact]
    public void Read_RowWithAddressAndNoCity_TakesCountyAsLocationAndNullWorkers()
    {
        Assert.Equal(
            new WarnNotice("CA", "Hotel Managers Group at the DoubleTree Hotel", "39900 Balentine Drive Newark CA 94560", "Alameda County",
                null, new DateOnly(2021, 7, 1), new DateOnly(2021, 7, 31), WarnNoticeKind.Layoff, false, false, 1),
            Read.Notices[0]);
    }

    [Fact]
    public void Read_CountWithThousandsSeparator_ParsesInvariant()
    {
        var united = Read.Notices.Single(n => n.SourceRow == 1435);
        Assert.Equal("United Airlines, Inc. - San Francisco International Airport", united.Employer);
        Assert.Equal(6912, united.Workers);
        Assert.Equal(new DateOnly(2020, 9, 28), united.Received);
        Assert.Equal(WarnNoticeKind.Layoff, united.Kind);
        Assert.True(united.Temporary);
    }

    [Fact]
    public void Read_TypeBrokenOverTwoLines_IsClosureOfUnknownPermanence()
    {
        var homeState = Read.Notices.Single(n => n.SourceRow == 2616);
        Assert.Equal("HomeState Hospitalities LLC dba HomeState", homeState.Employer);
        Assert.Equal(WarnNoticeKind.Closure, homeState.Kind);
        Assert.Null(homeState.Temporary);
        Assert.Equal(13, homeState.Workers);
    }

    [Fact]
    public void Read_GoogleNotices_HaveCityAndNoSite()
    {
        var google = Read.Notices.Where(n => n.Employer.StartsWith("Google", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                ("Google Inc.", "Mountain View", (int?)94, new DateOnly(2017, 1, 13), new DateOnly(2017, 3, 13)),
                ("Google", "Mountain View", 104, new DateOnly(2017, 2, 1), new DateOnly(2017, 4, 3)),
            ],
            google.Select(n => (n.Employer, n.Location!, n.Workers, n.Received!.Value, n.Effective!.Value)));
        Assert.All(google, n => Assert.Null(n.Site));
    }
}
