using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Tests.Warn;

/// <summary>EDD layouts the fixture lacks: title rows above the header, a City column, text dates.</summary>
public sealed class CaEddLayoutTests
{
    private static readonly object?[] Header =
        ["Notice\nDate", "Effective \nDate", "Received \nDate", "Company", "City", "County", "No. Of\nEmployees", "Layoff/Closure"];

    [Fact]
    public void Parse_TitleRowsAboveHeader_FindsHeaderAndReadsTextAndSerialDates()
    {
        using var xlsx = MiniXlsx.Create(
            ["WARN Report"],
            ["Report Date: 08/31/2022"],
            [],
            Header,
            ["07/01/2022", 44774, "7/5/2022", "Acme Corp", "Oakland", "Alameda County", 1200, "Closure Temporary"],
            ["07/02/2022", "not yet", 44748, "Beta LLC", null, "Kern County", "TBD", "Layoff Permanent"]);

        var notices = CaEddWarnParser.Parse(xlsx);

        Assert.Equal(
            [
                new WarnNotice("CA", "Acme Corp", null, "Oakland", 1200, new DateOnly(2022, 7, 5), new DateOnly(2022, 8, 1), WarnNoticeKind.Closure, true, false, 1),
                new WarnNotice("CA", "Beta LLC", null, "Kern County", null, new DateOnly(2022, 7, 6), null, WarnNoticeKind.Layoff, false, false, 2),
            ],
            notices);
    }

    [Fact]
    public void Parse_NoRecognisableHeader_ThrowsFormatExceptionNamingTheMissingColumn()
    {
        using var xlsx = MiniXlsx.Create(["WARN Report"], ["Notice Date", "Company", "City"], ["7/1/2022", "Acme", "Oakland"]);

        var error = Assert.Throws<FormatException>(() => CaEddWarnParser.Parse(xlsx));

        Assert.Contains("Workers", error.Message, StringComparison.Ordinal);
    }
}
