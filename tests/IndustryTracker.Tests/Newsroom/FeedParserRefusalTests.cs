using System.Text;
using System.Xml;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

/// <summary>Documents that must not be read as feeds: each fails whole, with a FormatException that says why.</summary>
public sealed class FeedParserRefusalTests
{
    private static readonly Uri Feed = new("https://news.industrytracker.test/feed");

    [Fact]
    public void Parse_BillionLaughsDoctype_ThrowsFormatExceptionWithoutExpanding()
    {
        using var xml = NewsroomTestData.Open("billion-laughs.rss.xml");

        var error = Assert.Throws<FormatException>(() => FeedParser.Parse(xml, Feed));

        Assert.StartsWith("Feed https://news.industrytracker.test/feed was not read: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void Parse_DoctypeWithoutEntities_IsRefusedToo()
    {
        // Refusal happens at the DOCTYPE itself, not when an entity is used: nothing in a DTD is ever processed.
        var error = Assert.Throws<FormatException>(
            () => Parse("<!DOCTYPE rss><rss version=\"2.0\"><channel><title>T</title></channel></rss>"));

        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntityDoctype_ThrowsFormatException()
    {
        using var xml = NewsroomTestData.Open("external-entity.atom.xml");

        var error = Assert.Throws<FormatException>(() => FeedParser.Parse(xml, Feed));

        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedXml_ThrowsFormatExceptionWithLine()
    {
        using var xml = NewsroomTestData.Open("malformed.rss.xml");

        var error = Assert.Throws<FormatException>(() => FeedParser.Parse(xml, Feed));

        var inner = Assert.IsType<XmlException>(error.InnerException);
        Assert.Equal(inner.Message, error.Message["Feed https://news.industrytracker.test/feed was not read: ".Length..]);
        Assert.Contains("The following elements are not closed: link, item, channel, rss. Line 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Html5PageWithDoctype_ThrowsFormatException()
    {
        using var html = NewsroomTestData.Open("newsroom-home.html");

        var error = Assert.Throws<FormatException>(() => FeedParser.Parse(html, Feed));

        Assert.Contains("DTD is prohibited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WellFormedXhtmlPage_ThrowsFormatExceptionNamingRootElement()
    {
        const string page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Newsroom</title></head>"
            + "<body><p>Latest news</p></body></html>";

        var error = Assert.Throws<FormatException>(() => Parse(page));

        Assert.Equal(
            "Feed https://news.industrytracker.test/feed is neither RSS 2.0 nor Atom 1.0: its root element is <html> in namespace 'http://www.w3.org/1999/xhtml'.",
            error.Message);
    }

    [Fact]
    public void Parse_Rss091_ThrowsFormatExceptionNamingVersion()
    {
        var error = Assert.Throws<FormatException>(
            () => Parse("<rss version=\"0.91\"><channel><title>Old</title></channel></rss>"));

        Assert.StartsWith("Feed https://news.industrytracker.test/feed is not RSS 2.0: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.91", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"items\": []}")]
    public void Parse_NotXml_ThrowsFormatException(string content)
    {
        var error = Assert.Throws<FormatException>(() => Parse(content));

        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void Parse_DocumentOverSizeBound_ThrowsFormatException()
    {
        var padding = new string(' ', 5_000);
        var feed = $"<rss version=\"2.0\"><channel><title>Big</title>{padding}</channel></rss>";
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(feed));

        var error = Assert.Throws<FormatException>(() => FeedParser.Parse(xml, Feed, maxCharacters: 4_096));

        Assert.Contains("MaxCharactersInDocument", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentUnderSizeBound_IsRead()
    {
        var feed = "<rss version=\"2.0\"><channel><title>Small</title><item><title>A</title>"
            + "<link>https://news.industrytracker.test/a</link></item></channel></rss>";
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(feed));

        var item = Assert.Single(FeedParser.Parse(xml, Feed, maxCharacters: 4_096));

        Assert.Equal("https://news.industrytracker.test/a", item.Id);
    }

    [Fact]
    public void Parse_RelativeFeedUrl_ThrowsArgumentException()
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel /></rss>"));

        var error = Assert.Throws<ArgumentException>(() => FeedParser.Parse(xml, new Uri("/feed", UriKind.Relative)));

        Assert.Equal("feedUrl", error.ParamName);
    }

    private static IReadOnlyList<Core.Facts.FeedItem> Parse(string content)
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return FeedParser.Parse(xml, Feed);
    }
}
