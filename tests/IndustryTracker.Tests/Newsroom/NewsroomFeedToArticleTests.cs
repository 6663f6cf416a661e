using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

/// <summary>Feed item to article page, as the collector will chain them (the link stands in for the fetch).</summary>
public sealed class NewsroomFeedToArticleTests
{
    public static TheoryData<string, string, string[]> Feeds => new()
    {
        { "meta-newsroom.rss.xml", "https://about.fb.com/news/feed/", [NewsroomTestData.MetaMarch2023, NewsroomTestData.MetaNovember2022] },
        { "amazon-news.rss.xml", "https://www.aboutamazon.com/news/feed", [NewsroomTestData.AmazonMarch2023, NewsroomTestData.AmazonJanuary2023] },
        { "workforce-announcements.atom.xml", "https://news.industrytracker.test/workforce.atom", [NewsroomTestData.AlphabetJanuary2023, NewsroomTestData.MicrosoftJanuary2023] },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Parse_EachFeedItem_LinksToPageQuotingItsStatement(string feed, string feedUrl, string[] statements)
    {
        using var xml = NewsroomTestData.Open(feed);

        var items = FeedParser.Parse(xml, new Uri(feedUrl));

        Assert.Equal(statements.Length, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var page = NewsroomTestData.PageForLink[items[i].Link.AbsoluteUri];
            var article = ArticleParser.Parse(NewsroomTestData.Page(page));
            Assert.Contains(statements[i], article.BodyText, StringComparison.Ordinal);
        }
    }
}
