using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Sources.Sec.Layoffs;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Layoffs;

public class FilingIndexParserTests
{
    private const string Meta8KIndex = "https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/0001628280-25-058337-index.html";
    private const string Folder = "https://www.sec.gov/Archives/edgar/data/1326801/000162828025058337/";

    // Synthetic test data: an index page in EDGAR's layout with a press-release exhibit linked relatively.
    private const string SyntheticIndex = """
        <html><body><table class="tableFile" summary="Document Format Files">
        <tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>
        <tr><td>1</td><td>8-K</td><td><a href="/ix?doc=/Archives/edgar/data/1/000000000124000001/x-8k.htm">x-8k.htm</a> iXBRL</td><td>8-K</td><td>30000</td></tr>
        <tr><td>2</td><td>PRESS RELEASE</td><td><a href="ex991.htm">ex991.htm</a></td><td>EX-99.1</td><td>12000</td></tr>
        <tr><td>&nbsp;</td><td>Complete submission text file</td><td><a href="0000000001-24-000001.txt">0000000001-24-000001.txt</a></td><td>&nbsp;</td><td>90000</td></tr>
        </table></body></html>
        """;

    private static readonly Uri SyntheticUrl = new("https://www.sec.gov/Archives/edgar/data/1/000000000124000001/0000000001-24-000001-index.html");

    [Fact]
    public void Documents_Meta8KIndex_ListsEveryLinkedDocument()
    {
        using var stream = Fixtures.Open(Meta8KIndex);
        var entries = FilingIndexParser.Documents(HtmlDocuments.Parse(stream), new Uri(Meta8KIndex));

        Assert.Equal(
            [
                new FilingIndexEntry(1, "8-K", new Uri(Folder + "meta-20251219.htm"), "8-K", 24_316),
                new FilingIndexEntry(5, string.Empty, new Uri(Folder + "meta-20251219_g1.jpg"), "GRAPHIC", 16_019),
                new FilingIndexEntry(null, "Complete submission text file", new Uri(Folder + "0001628280-25-058337.txt"), string.Empty, 179_965),
                new FilingIndexEntry(2, "XBRL TAXONOMY EXTENSION SCHEMA DOCUMENT", new Uri(Folder + "meta-20251219.xsd"), "EX-101.SCH", 1_827),
                new FilingIndexEntry(3, "XBRL TAXONOMY EXTENSION LABEL LINKBASE DOCUMENT", new Uri(Folder + "meta-20251219_lab.xml"), "EX-101.LAB", 21_885),
                new FilingIndexEntry(4, "XBRL TAXONOMY EXTENSION PRESENTATION LINKBASE DOCUMENT", new Uri(Folder + "meta-20251219_pre.xml"), "EX-101.PRE", 12_549),
                new FilingIndexEntry(15, "EXTRACTED XBRL INSTANCE DOCUMENT", new Uri(Folder + "meta-20251219_htm.xml"), "XML", 2_707),
            ],
            entries);
    }

    [Fact]
    public void FindExhibit_Meta8KWithoutPressRelease_Null()
    {
        using var stream = Fixtures.Open(Meta8KIndex);

        Assert.Null(FilingIndexParser.FindExhibit(HtmlDocuments.Parse(stream), new Uri(Meta8KIndex)));
    }

    [Fact]
    public void FindExhibit_SyntheticIndexWithEx991_ResolvesRelativeLink() =>
        Assert.Equal(
            new Uri("https://www.sec.gov/Archives/edgar/data/1/000000000124000001/ex991.htm"),
            FilingIndexParser.FindExhibit(HtmlDocuments.Parse(SyntheticIndex), SyntheticUrl));

    [Fact]
    public void FindExhibit_OtherType_FindsThatRowAndUnwrapsTheIxbrlViewer() =>
        Assert.Equal(
            new Uri("https://www.sec.gov/Archives/edgar/data/1/000000000124000001/x-8k.htm"),
            FilingIndexParser.FindExhibit(HtmlDocuments.Parse(SyntheticIndex), SyntheticUrl, "8-K"));

    [Fact]
    public void FindExhibit_TypeNotListed_Null() =>
        Assert.Null(FilingIndexParser.FindExhibit(HtmlDocuments.Parse(SyntheticIndex), SyntheticUrl, "EX-99.2"));

    [Fact]
    public void IndexUrl_MetaAccession_SecArchivesPath() =>
        Assert.Equal(new Uri(Meta8KIndex), FilingIndexParser.IndexUrl(1326801, "0001628280-25-058337"));

    [Fact]
    public void IndexUrl_OtherBase_ResolvedAgainstIt() =>
        Assert.Equal(
            new Uri("http://127.0.0.1:5000/Archives/edgar/data/789019/000119312523009934/0001193125-23-009934-index.html"),
            FilingIndexParser.IndexUrl(new Uri("http://127.0.0.1:5000/"), 789019, "0001193125-23-009934"));

    [Theory]
    [InlineData("000162828025058337")]
    [InlineData("0001628280-25-05833")]
    [InlineData("000162828a-25-058337")]
    public void IndexUrl_MalformedAccession_Throws(string accession) =>
        Assert.Throws<ArgumentException>(() => FilingIndexParser.IndexUrl(1326801, accession));
}
