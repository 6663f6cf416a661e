using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Warn;

/// <summary>TX pads rows to 16,384 columns and, before about 2020, writes a WFDD number where the received date goes.</summary>
public sealed class BlnExportTexasTests
{
    private static readonly Core.Sources.Warn.WarnExportRead Read = WarnFixtures.ReadExport("TX");

    [Fact]
    public void Read_PaddedTxExport_ReadsEveryRow()
    {
        Assert.Equal(6582, Read.RowsRead);
        Assert.Equal(6582, Read.Notices.Count);
        Assert.All(Read.Notices, n => Assert.Equal(WarnNoticeKind.Unknown, n.Kind));
    }

    [Fact]
    public void Read_PaddedRow_KeepsEmployerWholeAndCityAsLocation()
    {
        Assert.Equal(
            new WarnNotice("TX", "Management & Training Corp. - MTC Medical LLC (Giles W. Dalby Correctional Facility)", null, "Post", 206,
                new DateOnly(2022, 3, 1), new DateOnly(2022, 5, 1), WarnNoticeKind.Unknown, null, false, 1),
            Read.Notices[0]);
    }

    [Fact]
    public void Read_WfddNumberInReceivedDate_FallsBackToNoticeDate()
    {
        var amazon = Read.Notices.Single(n => n.SourceRow == 4808);

        Assert.Equal(
            new WarnNotice("TX", "Amazon.com", null, "Irving", 140,
                new DateOnly(2011, 2, 10), new DateOnly(2011, 4, 13), WarnNoticeKind.Unknown, null, false, 4808),
            amazon);
    }

    [Fact]
    public void Read_ReceivedDateLaterThanNoticeDate_KeepsReceivedDate()
    {
        var row = Read.Notices.Single(n => n.SourceRow == 6);

        Assert.Equal(("Monitronics International, Inc. dba Brinks Home", (DateOnly?)new DateOnly(2021, 12, 20)), (row.Employer, row.Received));
    }

    [Fact]
    public void Read_NoCityNorCounty_LeavesLocationNull()
    {
        var noPlace = Read.Notices.Where(n => n.Location is null).Select(n => n.SourceRow);

        Assert.Equal([2695, 3331, 3371, 3391, 3401, 3411, 3439, 3468, 3493, 3515], noPlace);
    }
}
