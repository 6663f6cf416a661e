using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

public sealed class FeedParserAtomTests
{
    private static readonly Uri Feed = new("https://news.industrytracker.test/workforce.atom");

    [Fact]
    public void Parse_AtomFeed_ReadsEntriesWithAlternateLinksAndSkipsEnclosureOnlyEntry()
    {
        using var xml = NewsroomTestData.Open("workforce-announcements.atom.xml");

        var items = FeedParser.Parse(xml, Feed);

        Assert.Equal(
            [
                new FeedItem(
                    "tag:blog.google,2023-01-20:/inside-google/message-ceo/january-update/",
                    "A difficult decision to set us up for the future",
                    new Uri("https://blog.google/inside-google/message-ceo/january-update/"),
                    new DateTimeOffset(2023, 1, 20, 6, 0, 0, TimeSpan.FromHours(-8))),
                new FeedItem(
                    "urn:uuid:6d0f4a52-93a6-4e38-9d25-3c1a0b7f2e18",
                    "Subject: Focusing on our short- and long-term opportunity",
                    new Uri("https://blogs.microsoft.com/blog/2023/01/18/subject-focusing-on-our-short-and-long-term-opportunity/"),
                    new DateTimeOffset(2023, 1, 18, 13, 0, 0, TimeSpan.Zero)),
            ],
            items);
    }

    [Fact]
    public void Parse_AtomEntryWithPublishedAndUpdated_TakesPublished()
    {
        using var xml = NewsroomTestData.Open("workforce-announcements.atom.xml");

        var published = FeedParser.Parse(xml, Feed)[0].Published;

        Assert.Equal(new DateTimeOffset(2023, 1, 20, 14, 0, 0, TimeSpan.Zero), published);
        Assert.NotEqual(new DateTimeOffset(2023, 1, 21, 8, 30, 0, TimeSpan.Zero), published);
    }

    [Fact]
    public void Parse_AtomRelativeHrefUnderXmlBase_IsResolvedAgainstXmlBase()
    {
        using var xml = NewsroomTestData.Open("workforce-announcements.atom.xml");

        var link = FeedParser.Parse(xml, Feed)[1].Link;

        Assert.Equal("blogs.microsoft.com", link.Host);
        Assert.Equal("/blog/2023/01/18/subject-focusing-on-our-short-and-long-term-opportunity/", link.AbsolutePath);
    }
}
