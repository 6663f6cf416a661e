using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Warn;

public sealed class BlnExportOregonTests
{
    private static readonly Core.Sources.Warn.WarnExportRead Read = WarnFixtures.ReadExport("OR");

    [Fact]
    public void Read_OrExport_DropsTheTrailingEmptyRow()
    {
        Assert.Equal(1082, Read.RowsRead);
        Assert.Equal(1081, Read.Notices.Count);
        Assert.Equal(1081, Read.Notices[^1].SourceRow);
    }

    [Fact]
    public void Read_PermanentClosure_IsClosureNotTemporary()
    {
        Assert.Equal(
            new WarnNotice("OR", "Mentor Oregon", null, "Portland", 177,
                new DateOnly(2021, 7, 6), new DateOnly(2021, 9, 30), WarnNoticeKind.Closure, false, false, 1),
            Read.Notices[0]);
    }

    [Fact]
    public void Read_MicrosoftWilsonvillePhases_AreOneRowEachWithTheSameReceivedDate()
    {
        var phases = Read.Notices.Where(n => n.Employer == "Microsoft - Wilsonville Facility").ToList();

        Assert.Equal([7, 8, 6, 50], phases.Select(n => n.Workers!.Value));
        Assert.All(phases, n => Assert.Equal(new DateOnly(2017, 11, 6), n.Received));
        Assert.All(phases, n => Assert.Equal(WarnNoticeKind.Layoff, n.Kind));
        Assert.All(phases, n => Assert.Null(n.Temporary));
        Assert.Equal(new DateOnly(2018, 3, 23), phases[0].Effective);
    }

    [Fact]
    public void Read_PaddedNameAndBlankDateAndCount_TrimsAndLeavesNulls()
    {
        var row = Read.Notices.Single(n => n.SourceRow == 1049);

        Assert.Equal("METROPOLITAN PUBLIC DEFENDER SERVICES,", row.Employer);
        Assert.Equal("Portland", row.Location);
        Assert.Null(row.Workers);
        Assert.Null(row.Effective);
        Assert.Equal(new DateOnly(1994, 1, 5), row.Received);
    }
}
