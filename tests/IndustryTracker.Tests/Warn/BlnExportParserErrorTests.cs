using System.Text;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Tests.Warn;

public sealed class BlnExportParserErrorTests
{
    private const string WaHeader = "Company,Location,Layoff Start Date,# of Workers,Closure Layoff,Type of Layoff,Received Date";

    [Fact]
    public void Parse_UnknownState_ThrowsNamingIt()
    {
        using var csv = Csv(WaHeader);

        var error = Assert.Throws<ArgumentException>(() => BlnExportParser.Parse(csv, "ZZ"));

        Assert.Contains("'ZZ'", error.Message, StringComparison.Ordinal);
        Assert.Contains("CA, OR, TX, VA, WA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderWithoutMappedColumn_ThrowsFormatExceptionNamingColumnAndState()
    {
        using var csv = Csv("Company,Location,Layoff Start Date,Closure Layoff,Type of Layoff,Received Date", "Acme,Seattle,1/2/2023,Layoff,Permanent,1/1/2023");

        var error = Assert.Throws<FormatException>(() => BlnExportParser.Parse(csv, "WA"));

        Assert.Equal("WA WARN file has no Workers column: none of the headers '# of Workers' is present.", error.Message);
    }

    [Fact]
    public void Parse_UnparseableDateAndCount_LeavesThoseFieldsNull()
    {
        using var csv = Csv(WaHeader, "Acme,Seattle,2023-01-02,TBD,Layoff,Permanent,13/45/2023", "Beta,Tacoma,3/1/2023,12,Closure,Temporary,1/30/2023");

        var notices = BlnExportParser.Parse(csv, "wa");

        Assert.Equal(
            [
                new WarnNotice("WA", "Acme", null, "Seattle", null, null, null, WarnNoticeKind.Layoff, false, false, 1),
                new WarnNotice("WA", "Beta", null, "Tacoma", 12, new DateOnly(2023, 1, 30), new DateOnly(2023, 3, 1), WarnNoticeKind.Closure, true, false, 2),
            ],
            notices);
    }

    [Fact]
    public void Parse_CurrentWaNoticeColumnSaysAmended_MarksAmendment()
    {
        using var csv = Csv(WaHeader + ",Notice", "Acme,Seattle,3/1/2023,40,Layoff,Permanent,2/1/2023,Amended", "Acme,Seattle,3/1/2023,30,Layoff,Permanent,1/1/2023,");

        var notices = BlnExportParser.Parse(csv, "WA");

        Assert.Equal([true, false], notices.Select(n => n.Amendment));
    }

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));
}
