using System.Text;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

/// <summary>Single items in the ways real feeds bend the formats.</summary>
public sealed class FeedParserItemTests
{
    private static readonly Uri Feed = new("https://news.industrytracker.test/news/feed.xml");

    [Theory]
    [InlineData("<pubDate>sometime last week</pubDate>")]
    [InlineData("<pubDate></pubDate>")]
    [InlineData("")]
    public void Parse_RssItemWithUnreadableOrMissingDate_HasNullPublished(string pubDate)
    {
        var item = Assert.Single(Rss($"<item><title>T</title><link>https://a.test/x</link>{pubDate}</item>"));

        Assert.Null(item.Published);
    }

    [Fact]
    public void Parse_RssItemWithBadHref_IsSkippedAndOthersKept()
    {
        var items = Rss("<item><title>Bad</title><link>http://[not a host/</link></item>"
            + "<item><title>Good</title><link>https://a.test/good</link></item>");

        Assert.Equal([new FeedItem("https://a.test/good", "Good", new Uri("https://a.test/good"), null)], items);
    }

    [Theory]
    [InlineData("<link>mailto:press@a.test</link>")]
    [InlineData("<link>javascript:void(0)</link>")]
    [InlineData("<guid isPermaLink=\"true\">urn:a.test:1</guid>")]
    [InlineData("<guid>1234</guid>")]
    [InlineData("<guid isPermaLink=\"false\">https://a.test/not-a-permalink</guid>")]
    public void Parse_RssItemWithoutHttpLink_IsSkipped(string element)
    {
        Assert.Empty(Rss($"<item><title>T</title>{element}</item>"));
    }

    [Fact]
    public void Parse_RssItemWithLinkAndGuid_TakesGuidAsIdAndLinkAsLink()
    {
        var item = Assert.Single(Rss(
            "<item><title>T</title><guid>https://a.test/?p=1</guid><link>https://a.test/story</link></item>"));

        Assert.Equal(new FeedItem("https://a.test/?p=1", "T", new Uri("https://a.test/story"), null), item);
    }

    [Fact]
    public void Parse_RssTitleWithCdataAndLineBreaks_IsOneTrimmedLine()
    {
        var item = Assert.Single(Rss(
            "<item><title><![CDATA[  Workforce\n   update &amp; more ]]></title><link>story</link></item>"));

        Assert.Equal("Workforce update &amp; more", item.Title);
        Assert.Equal(new Uri("https://news.industrytracker.test/news/story"), item.Link);
    }

    [Fact]
    public void Parse_AtomEntryWithoutRel_UsesFirstLinkAndUpdated()
    {
        var item = Assert.Single(Atom(
            "<entry><id>urn:x:1</id><title>T</title><link rel=\"self\" href=\"/entries/1.atom\"/>"
            + "<updated>2023-01-18T13:00:00.123Z</updated></entry>"));

        Assert.Equal(
            new FeedItem("urn:x:1", "T", new Uri("https://news.industrytracker.test/entries/1.atom"),
                new DateTimeOffset(2023, 1, 18, 13, 0, 0, TimeSpan.Zero)),
            item);
    }

    [Fact]
    public void Parse_AtomEntryWithoutId_UsesLinkAsId()
    {
        var item = Assert.Single(Atom("<entry><title>T</title><link href=\"https://a.test/e\"/></entry>"));

        Assert.Equal("https://a.test/e", item.Id);
        Assert.Null(item.Published);
    }

    private static IReadOnlyList<FeedItem> Rss(string items) =>
        Parse($"<rss version=\"2.0\"><channel><title>F</title><link>https://a.test/</link>{items}</channel></rss>");

    private static IReadOnlyList<FeedItem> Atom(string entries) =>
        Parse($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><id>urn:f</id>{entries}</feed>");

    private static IReadOnlyList<FeedItem> Parse(string content)
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return FeedParser.Parse(xml, Feed);
    }
}
