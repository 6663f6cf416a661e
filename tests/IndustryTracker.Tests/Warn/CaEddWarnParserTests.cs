using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Tests.Warn;

public sealed class CaEddWarnParserTests
{
    private static readonly WarnExportRead Read = WarnFixtures.ReadEdd();

    [Fact]
    public void Read_EddReport_Gives99NoticesOfJulyAndAugust2022()
    {
        Assert.Equal(99, Read.RowsRead);
        Assert.Equal(99, Read.Notices.Count);
        Assert.Equal(new DateOnly(2022, 7, 8), Read.Notices.Min(n => n.Received));
        Assert.Equal(new DateOnly(2022, 8, 11), Read.Notices.Max(n => n.Received));
        Assert.Equal(7230, Read.Notices.Sum(n => n.Workers));
    }

    [Fact]
    public void Read_FirstRow_ConvertsSerialDatesAndClosureType()
    {
        Assert.Equal(
            new WarnNotice("CA", "Amgen", "7999 Gateway Blvd #320 Newark CA 94560", "Alameda County", 2,
                new DateOnly(2022, 7, 8), new DateOnly(2022, 12, 2), WarnNoticeKind.Closure, false, false, 1),
            Read.Notices[0]);
    }

    [Fact]
    public void Read_AbmTrapRow_IsParsedAsIsAndMatchesNoCompany()
    {
        var abm = Read.Notices.Single(n => n.Site == "1 Hacker Way Menlo Park CA 94025");

        Assert.Equal(
            new WarnNotice("CA", "ABM Industry Groups, LLC dba Meta", "1 Hacker Way Menlo Park CA 94025", "San Mateo County", 368,
                new DateOnly(2022, 7, 11), new DateOnly(2022, 7, 24), WarnNoticeKind.Layoff, false, false, 9),
            abm);
        var matcher = new EmployerMatcher(WarnFixtures.Catalog());
        Assert.Null(matcher.Match(abm.Employer));
        Assert.DoesNotContain(Read.Notices, n => matcher.Match(n.Employer) is not null);
    }

    [Fact]
    public void Read_TypeNotKnownAndHtmlEntity_GiveNullTemporaryAndDecodedName()
    {
        var cytomx = Read.Notices.Single(n => n.SourceRow == 54);
        Assert.Equal(("CytomX Therapeutics Inc.", WarnNoticeKind.Layoff, (bool?)null, (int?)66), (cytomx.Employer, cytomx.Kind, cytomx.Temporary, cytomx.Workers));
        Assert.Equal("Amy\u2019s Kitchen, Inc.", Read.Notices.Single(n => n.SourceRow == 61).Employer);
    }

    [Fact]
    public void Parse_StreamThatIsNotASpreadsheet_Throws()
    {
        using var stream = new MemoryStream("Company,Notice Date\r\n"u8.ToArray());

        // The workbook limits open it as a ZIP before ExcelDataReader does: CSV bytes are refused as a FormatException,
        // the parser's documented error, which the normalizer quarantines with this message.
        var error = Assert.Throws<FormatException>(() => CaEddWarnParser.Parse(stream));
        Assert.StartsWith("EDD WARN report refused before reading: not a readable XLSX (ZIP) file", error.Message, StringComparison.Ordinal);
    }
}
