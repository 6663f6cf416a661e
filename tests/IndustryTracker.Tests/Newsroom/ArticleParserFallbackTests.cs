using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

/// <summary>Which source of title and date wins, and what an article without them yields.</summary>
public sealed class ArticleParserFallbackTests
{
    [Fact]
    public void Parse_MetaTimeAndJsonLdAllPresent_PublishedTimeMetaWins()
    {
        var article = Parse(
            "<head><meta property='article:published_time' content='2023-01-01T00:00:00Z'>"
            + "<script type='application/ld+json'>{\"datePublished\":\"2023-03-03\"}</script></head>"
            + "<body><article><time datetime='2023-02-02'>x</time><p>Body</p></article></body>");

        Assert.Equal(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Parse_UnreadableMetaDate_FallsBackToTimeElement()
    {
        var article = Parse(
            "<head><meta property='article:published_time' content='last Tuesday'></head>"
            + "<body><article><time datetime='2023-02-02T10:00:00+01:00'>x</time><p>Body</p></article></body>");

        Assert.Equal(new DateTimeOffset(2023, 2, 2, 10, 0, 0, TimeSpan.FromHours(1)), article.Published);
    }

    [Fact]
    public void Parse_TimeOnlyInNavAndJsonLdNested_TakesJsonLd()
    {
        var article = Parse(
            "<head><script type='application/ld+json'>{\"@type\":\"WebPage\",\"mainEntity\":"
            + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-03-03T12:00:00Z\"}}</script></head>"
            + "<body><nav><time datetime='2020-01-01'>x</time></nav><article><p>Body</p></article></body>");

        Assert.Equal(new DateTimeOffset(2023, 3, 3, 12, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Parse_PageWithNothingDated_HasNullPublished()
    {
        var article = Parse("<head><title>T</title></head><body><p>Body</p></body>");

        Assert.Equal(new Article("T", null, "Body"), article);
    }

    [Fact]
    public void Parse_NoOgTitle_TakesArticleH1OverSiteHeaderH1()
    {
        var article = Parse(
            "<head><title>Site | Story</title></head><body><header><h1>Site name</h1></header>"
            + "<article><h1> Story\n headline </h1><p>Body</p></article></body>");

        Assert.Equal("Story headline", article.Title);
    }

    [Fact]
    public void Parse_EmptyDocument_YieldsEmptyArticle()
    {
        Assert.Equal(new Article(string.Empty, null, string.Empty), Parse(string.Empty));
    }

    private static Article Parse(string html) => ArticleParser.Parse(HtmlDocuments.Parse(html));
}
