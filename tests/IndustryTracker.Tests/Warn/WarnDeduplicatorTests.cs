using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Tests.Warn;

public sealed class WarnDeduplicatorTests
{
    private static readonly DateOnly Jan10 = new(2023, 1, 10);

    [Fact]
    public void Collapse_ExactDuplicates_KeepsOneWithTheLaterRowsData()
    {
        var first = Notice("Acme, Inc.", 50, Jan10, row: 1) with { Kind = WarnNoticeKind.Unknown };
        var again = Notice("ACME,  INC.", 50, Jan10, row: 7);

        Assert.Equal([again], WarnDeduplicator.Collapse([first, again]));
    }

    [Fact]
    public void Collapse_SameDayDifferentCountsOrPhasesOrSites_KeepsAll()
    {
        var notices = new[]
        {
            Notice("Acme", 50, Jan10, row: 1),
            Notice("Acme", 40, Jan10, row: 2),
            Notice("Acme", 50, Jan10, row: 3) with { Effective = new DateOnly(2023, 4, 1) },
            Notice("Acme", 50, Jan10, row: 4) with { Location = "Tacoma" },
            Notice("Acme", null, Jan10, row: 5),
            Notice("Acme", null, Jan10, row: 6),
        };

        Assert.Equal(notices, WarnDeduplicator.Collapse(notices));
    }

    [Fact]
    public void Collapse_AmendmentListedAboveItsOriginal_ReplacesItInTheOriginalsPlace()
    {
        var other = Notice("Beta", 10, Jan10, row: 1);
        var amendment = Notice("Acme", 75, new DateOnly(2023, 2, 1), row: 2) with { Amendment = true };
        var original = Notice("Acme", 50, Jan10, row: 3);

        Assert.Equal([other, amendment], WarnDeduplicator.Collapse([other, amendment, original]));
    }

    [Fact]
    public void Collapse_AmendmentThenExactRepeatOfTheOriginal_KeepsTheAmendment()
    {
        var original = Notice("Acme", 50, Jan10, row: 1);
        var amendment = Notice("Acme", 60, Jan10, row: 2) with { Amendment = true };
        var repeat = Notice("Acme", 60, Jan10, row: 3);

        Assert.Equal([amendment], WarnDeduplicator.Collapse([original, amendment, repeat]));
    }

    [Fact]
    public void Collapse_AmendmentWithoutOriginal_StandsAlone()
    {
        var amendment = Notice("Acme", 60, Jan10, row: 1) with { Amendment = true };
        var elsewhere = Notice("Acme", 60, Jan10, row: 2) with { Location = "Tacoma" };

        Assert.Equal([amendment, elsewhere], WarnDeduplicator.Collapse([amendment, elsewhere]));
    }

    [Fact]
    public void Collapse_EddRingCentralRowsWithDifferentEffectiveDates_StaySeparate()
    {
        var notices = WarnFixtures.ReadEdd().Notices;

        Assert.Equal(99, WarnDeduplicator.Collapse(notices).Count);
        Assert.Equal(2, notices.Count(n => n.Employer == "RingCentral, Inc." && n.Workers == 25));
    }

    [Fact]
    public void Collapse_TxRowsRepeatedWithAWfddNumber_CollapseToTheLaterRow()
    {
        var collapsed = WarnDeduplicator.Collapse(WarnFixtures.ReadExport("TX").Notices);

        var nobilis = Assert.Single(collapsed, n => n.Employer == "Nobilis Health Corp.");
        Assert.Equal((6580, (int?)9, (DateOnly?)new DateOnly(2019, 9, 20)), (nobilis.SourceRow, nobilis.Workers, nobilis.Received));
    }

    [Fact]
    public void Collapse_CurrentWaExport_KeepsAll38Notices()
    {
        Assert.Equal(38, WarnDeduplicator.Collapse(WarnFixtures.ReadCurrentWa().Notices).Count);
    }

    private static WarnNotice Notice(string employer, int? workers, DateOnly received, int row) =>
        new("WA", employer, null, "Seattle", workers, received, new DateOnly(2023, 3, 10), WarnNoticeKind.Layoff, false, false, row);
}
