using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Tests.Reliability;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Warn;

/// <summary>Issue 13 row 4: a workbook is measured (declared, then actually inflated) before ExcelDataReader reads it.</summary>
public sealed class WorkbookLimitsTests
{
    [Fact]
    public void Read_ZipBombWrittenByTest_IsRefusedWithItsReasonBeforeReading()
    {
        var bomb = HostileWorkbook.Bomb(64);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<FormatException>(() => CaEddWarnParser.Read(new MemoryStream(bomb)));

        var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024 * 1024);
        Assert.StartsWith("EDD WARN report refused before reading: the workbook inflates ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 100× (Warn:Workbook:MaxCompressionRatio)", ex.Message, StringComparison.Ordinal);
        // Refused from the ZIP directory alone: nothing near the 64 MB of shared strings (let alone the 128 MB string
        // ExcelDataReader would build from them) is ever allocated.
        Assert.True(allocatedMb < 4, $"{allocatedMb} MB allocated");
        Assert.True(bomb.Length < 200_000, $"{bomb.Length} bytes");
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            "hostile 4: zip-bomb workbook",
            $"a {bomb.Length / 1024} KB EDD workbook whose shared strings inflate to 64 MB (test-written), read by the EDD parser",
            1,
            "refused with its reason before ExcelDataReader reads it; no OutOfMemoryException; the real workbook still parses",
            $"FormatException \"{ex.Message}\"; {allocatedMb} MB allocated while refusing"));
    }

    [Fact]
    public void Read_BombWhoseDeclaredSizesLie_InflatesNoMoreThanItDeclares()
    {
        // Every size in the ZIP says "ratio 1": the directory checks pass. System.IO.Compression (which ExcelDataReader
        // reads through too) stops each part at its declared size, and the counting pass would refuse a part that ran
        // past it, so the 8 MB string is never built: the cut-off shared strings are malformed XML, a parse failure
        // the normalizer retries and quarantines with its reason, not an allocation.
        var liar = HostileWorkbook.WithLyingSizes(HostileWorkbook.Bomb(8));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<System.Xml.XmlException>(() => CaEddWarnParser.Read(new MemoryStream(liar)));

        var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024 * 1024);
        Assert.StartsWith("Unexpected end of file", ex.Message, StringComparison.Ordinal);
        Assert.True(allocatedMb < 4, $"{allocatedMb} MB allocated");
    }

    [Fact]
    public void Read_RealEddWorkbook_PassesTheDefaultsAndParsesTo99Notices()
    {
        using var stream = File.OpenRead(Fixtures.ReplayFile(HostileWorkbook.EddUrl));

        Assert.Null(new WorkbookLimits().Problem(stream));
        var read = CaEddWarnParser.Read(stream);

        Assert.Equal((99, 99, 7230), (read.RowsRead, read.Notices.Count, read.Notices.Sum(n => n.Workers)));
    }

    // The real workbook has 10 parts and inflates 20,320 bytes (17,346 of them compressed parts) to 85,103: ratio 4.
    [Theory]
    [InlineData(10, 100, 1, null)]
    [InlineData(9, 100, 1, "the workbook has 10 parts, over the limit of 9 (Warn:Workbook:MaxEntries)")]
    [InlineData(10, 4, 1, null)]
    [InlineData(10, 3, 1, "the workbook inflates 4× (17346 bytes to 85103), over the limit of 3× (Warn:Workbook:MaxCompressionRatio)")]
    public void Problem_RealWorkbookAtAndPastEachLimit(int maxEntries, int maxRatio, int maxMegabytes, string? expected)
    {
        var limits = new WorkbookLimits { MaxEntries = maxEntries, MaxCompressionRatio = maxRatio, MaxUncompressedMegabytes = maxMegabytes };
        using var stream = File.OpenRead(Fixtures.ReplayFile(HostileWorkbook.EddUrl));

        Assert.Equal(expected, limits.Problem(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Problem_BombOverTheSizeCapButUnderTheRatio_NamesTheSizeLimit()
    {
        var limits = new WorkbookLimits { MaxCompressionRatio = 1100, MaxUncompressedMegabytes = 2 };

        var problem = limits.Problem(new MemoryStream(HostileWorkbook.Bomb(3)));

        Assert.Equal("the workbook declares 3 MB once inflated, over the limit of 2 MB (Warn:Workbook:MaxUncompressedMegabytes)", problem);
    }
}
