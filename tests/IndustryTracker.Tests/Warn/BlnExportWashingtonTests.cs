using IndustryTracker.Core.Facts;

namespace IndustryTracker.Tests.Warn;

/// <summary>The older WA vintage in warn/ (no "Notice" column) and the current export extract in replay/.</summary>
public sealed class BlnExportWashingtonTests
{
    [Fact]
    public void Read_OlderWaExport_ReadsEveryRow()
    {
        var read = WarnFixtures.ReadExport("WA");

        Assert.Equal(1123, read.RowsRead);
        Assert.Equal(1123, read.Notices.Count);
        Assert.Equal(
            new WarnNotice("WA", "Wesley Homes", null, "Des Moines, Auburn, Puyallup", 119,
                new DateOnly(2022, 3, 11), new DateOnly(2022, 5, 14), WarnNoticeKind.Layoff, false, false, 1),
            read.Notices[0]);
    }

    [Fact]
    public void Read_OlderWaExport_HasMicrosoft2014Notices()
    {
        var microsoft = WarnFixtures.ReadExport("WA").Notices
            .Where(n => n.Employer == "Microsoft" && n.Received!.Value.Year == 2014)
            .Select(n => (n.Received!.Value, n.Workers, n.SourceRow));

        Assert.Equal(
            [(new DateOnly(2014, 10, 30), (int?)635, 552), (new DateOnly(2014, 9, 18), 747, 560), (new DateOnly(2014, 7, 17), 1351, 572)],
            microsoft);
    }

    [Fact]
    public void Read_CurrentWaExport_ReadsAll38RowsWithNoAmendments()
    {
        var read = WarnFixtures.ReadCurrentWa();

        Assert.Equal(38, read.RowsRead);
        Assert.Equal(38, read.Notices.Count);
        Assert.DoesNotContain(read.Notices, n => n.Amendment);
        Assert.Equal(
            new WarnNotice("WA", "Amazon", null, "Seattle, Bellevue, Sumner", 121,
                new DateOnly(2026, 8, 31), new DateOnly(2026, 10, 1), WarnNoticeKind.Layoff, false, false, 1),
            read.Notices[0]);
    }

    [Fact]
    public void Read_CurrentWaExport_HasMicrosoft2023NoticesOneRowEach()
    {
        var microsoft2023 = WarnFixtures.ReadCurrentWa().Notices
            .Where(n => n.Employer == "Microsoft" && n.Received!.Value.Year == 2023)
            .OrderBy(n => n.Received)
            .Select(n => (n.Received!.Value, n.Workers, n.Location));

        Assert.Equal(
            [
                (new DateOnly(2023, 1, 18), (int?)878, "Redmond, Bellevue, Issaquah"),
                (new DateOnly(2023, 2, 9), 617, "Redmond, Bellevue, Issaquah"),
                (new DateOnly(2023, 3, 6), 689, "Redmond, Bellevue, Issaquah"),
                (new DateOnly(2023, 3, 27), 559, "Redmond and Bellevue"),
                (new DateOnly(2023, 5, 9), 158, "Redmond"),
                (new DateOnly(2023, 6, 5), 22, "Redmond"),
                (new DateOnly(2023, 7, 10), 276, "Redmond and Bellevue"),
            ],
            microsoft2023);
    }

    [Fact]
    public void Read_CurrentWaExport_HasMetaBellevueAndSeattleNoticesOf2022_11_11()
    {
        var meta = WarnFixtures.ReadCurrentWa().Notices
            .Where(n => n.Employer == "Meta Platforms, Inc" && n.Received == new DateOnly(2022, 11, 11))
            .Select(n => (n.Location, n.Workers, n.Effective, n.SourceRow));

        Assert.Equal([("Bellevue", (int?)307, (DateOnly?)new DateOnly(2023, 1, 13), 28), ("Seattle", 419, new DateOnly(2023, 1, 13), 29)], meta);
    }

    [Fact]
    public void Read_CurrentWaExport_AmazonFreshIsAPermanentClosure()
    {
        var fresh = Assert.Single(WarnFixtures.ReadCurrentWa().Notices, n => n.Employer == "Amazon Fresh");

        Assert.Equal(
            new WarnNotice("WA", "Amazon Fresh", null, "Federal Way", 125,
                new DateOnly(2025, 6, 20), new DateOnly(2025, 8, 19), WarnNoticeKind.Closure, false, false, 16),
            fresh);
    }
}
