using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Warn;

public sealed class BlnExportVirginiaTests
{
    private static readonly Core.Sources.Warn.WarnExportRead Read = WarnFixtures.ReadExport("VA");

    [Fact]
    public void Read_VaExport_ReadsEveryRow()
    {
        Assert.Equal(1073, Read.RowsRead);
        Assert.Equal(1073, Read.Notices.Count);
        Assert.Equal(
            new WarnNotice("VA", "AeroFarms", null, "Ringgold VA", 173,
                new DateOnly(2025, 12, 11), new DateOnly(2025, 12, 19), WarnNoticeKind.Closure, null, false, 1),
            Read.Notices[0]);
    }

    [Fact]
    public void Read_AmazonNotices_CarryNoticeDateAsReceived()
    {
        var amazon = Read.Notices.Where(n => n.Employer.StartsWith("Amazon", StringComparison.Ordinal))
            .Select(n => (n.Employer, n.Workers, n.Received!.Value, n.Kind));

        Assert.Equal(
            [
                ("Amazon-BWI1", (int?)247, new DateOnly(2025, 11, 14), WarnNoticeKind.Closure),
                ("Amazon MAK7 Facility", 88, new DateOnly(2025, 3, 12), WarnNoticeKind.Closure),
                ("Amazon", 67, new DateOnly(2018, 3, 7), WarnNoticeKind.Layoff),
            ],
            amazon);
    }

    [Fact]
    public void Read_BlankAndCombinedTypes_AreUnknownAndClosure()
    {
        Assert.Equal(WarnNoticeKind.Unknown, Read.Notices.Single(n => n.SourceRow == 59).Kind);
        var flooring = Read.Notices.Single(n => n.SourceRow == 72);
        Assert.Equal(("LL Flooring", WarnNoticeKind.Closure, (int?)300), (flooring.Employer, flooring.Kind, flooring.Workers));
    }
}
