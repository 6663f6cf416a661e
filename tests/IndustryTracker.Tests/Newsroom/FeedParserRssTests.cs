using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

public sealed class FeedParserRssTests
{
    private static readonly Uri MetaFeed = new("https://about.fb.com/news/feed/");
    private static readonly Uri AmazonFeed = new("https://www.aboutamazon.com/news/feed");

    [Fact]
    public void Parse_MetaRssFeed_ReadsLinkedItemsAndSkipsItemsWithoutLink()
    {
        using var xml = NewsroomTestData.Open("meta-newsroom.rss.xml");

        var items = FeedParser.Parse(xml, MetaFeed);

        Assert.Equal(
            [
                new FeedItem(
                    "meta-newsroom-2023-03-14",
                    "Update on Meta's Year of Efficiency",
                    new Uri("https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/"),
                    new DateTimeOffset(2023, 3, 14, 9, 5, 0, TimeSpan.FromHours(-7))),
                new FeedItem(
                    "meta-newsroom-2022-11-09",
                    "Mark Zuckerberg's Message to Meta Employees",
                    new Uri("https://about.fb.com/news/2022/11/mark-zuckerberg-message-to-employees/"),
                    new DateTimeOffset(2022, 11, 9, 13, 0, 0, TimeSpan.Zero)),
            ],
            items);
        Assert.Equal(TimeSpan.FromHours(-7), items[0].Published!.Value.Offset);
    }

    [Fact]
    public void Parse_RelativeRssLink_IsResolvedAgainstFeedUrl()
    {
        using var xml = NewsroomTestData.Open("meta-newsroom.rss.xml");

        var link = FeedParser.Parse(xml, MetaFeed)[0].Link;

        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/", link.AbsoluteUri);
    }

    [Fact]
    public void Parse_AmazonRssFeed_UsesLinkAsIdAndPermalinkGuidAsLink()
    {
        using var xml = NewsroomTestData.Open("amazon-news.rss.xml");

        var items = FeedParser.Parse(xml, AmazonFeed);

        const string March = "https://www.aboutamazon.com/news/company-news/update-on-amazon-workforce-march-2023";
        const string January = "https://www.aboutamazon.com/news/company-news/update-on-role-eliminations-january-2023";
        Assert.Equal(
            [
                new FeedItem(March, "An update on Amazon's workforce", new Uri(March),
                    new DateTimeOffset(2023, 3, 20, 16, 0, 0, TimeSpan.Zero)),
                new FeedItem(January, "Update on role eliminations", new Uri(January),
                    new DateTimeOffset(2023, 1, 4, 17, 30, 0, TimeSpan.FromHours(-5))),
            ],
            items);
        Assert.Equal(TimeSpan.FromHours(-5), items[1].Published!.Value.Offset);
    }
}
