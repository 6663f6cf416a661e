using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Sources.Newsroom;

namespace IndustryTracker.Tests.Newsroom;

public sealed class ArticleParserTests
{
    private const string TestNote =
        "This page was written for IndustryTracker's parser tests; only the statement above is quoted from the company.";

    public static TheoryData<string, string, string, string> Pages => new()
    {
        { "meta-2022-11-09.html", "Mark Zuckerberg's Message to Meta Employees", "2022-11-09T06:00:00-08:00", NewsroomTestData.MetaNovember2022 },
        { "meta-2023-03-14.html", "Update on Meta's Year of Efficiency", "2023-03-14T08:00:00-07:00", NewsroomTestData.MetaMarch2023 },
        { "alphabet-2023-01-20.html", "A difficult decision to set us up for the future", "2023-01-20T06:00:00-08:00", NewsroomTestData.AlphabetJanuary2023 },
        { "microsoft-2023-01-18.html", "Subject: Focusing on our short- and long-term opportunity", "2023-01-18T05:00:00-08:00", NewsroomTestData.MicrosoftJanuary2023 },
        { "amazon-2023-01-04.html", "Update on role eliminations", "2023-01-04T14:30:00-08:00", NewsroomTestData.AmazonJanuary2023 },
        { "amazon-2023-03-20.html", "An update on Amazon's workforce", "2023-03-20T00:00:00+00:00", NewsroomTestData.AmazonMarch2023 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parse_TestPage_ReadsTitleDateAndStatement(string page, string title, string published, string statement)
    {
        var article = ArticleParser.Parse(NewsroomTestData.Page(page));

        Assert.Equal(title, article.Title);
        Assert.Equal(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Contains(statement, article.BodyText, StringComparison.Ordinal);
        Assert.EndsWith(TestNote, article.BodyText, StringComparison.Ordinal);
    }

    public static TheoryData<string> PageNames => new(Pages.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Parse_TestPage_BodyLeavesOutPageChrome(string page)
    {
        var document = NewsroomTestData.Page(page);

        var body = ArticleParser.Parse(document).BodyText;

        // The chrome is on the page (so leaving it out is the parser's doing) and not in the body.
        Assert.Contains("Newsroom home", HtmlText.Extract(document), StringComparison.Ordinal);
        Assert.All(NewsroomTestData.Chrome, noise => Assert.DoesNotContain(noise, body, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ArticleWithTeaserInAside_BodyIsExactlyTheStory()
    {
        var article = ArticleParser.Parse(NewsroomTestData.Page("meta-2022-11-09.html"));

        Assert.Equal(
            "The company published the following statement on November 9, 2022.\n"
            + NewsroomTestData.MetaNovember2022 + "\n" + TestNote,
            article.BodyText);
    }

    [Fact]
    public void Parse_PageWithoutSemanticElements_BodyIsLargestTextBlock()
    {
        var article = ArticleParser.Parse(NewsroomTestData.Page("microsoft-2023-01-18.html"));

        Assert.Equal(
            "Subject: Focusing on our short- and long-term opportunity\nJanuary 18, 2023\n"
            + "The company published a statement on January 18, 2023, and filed it with the SEC on Form 8-K. In it, the company said\n"
            + NewsroomTestData.MicrosoftJanuary2023 + "\n" + TestNote,
            article.BodyText);
    }

    [Fact]
    public void Parse_StatementSplitByInlineMarkup_StaysOneLine()
    {
        var article = ArticleParser.Parse(NewsroomTestData.Page("amazon-2023-01-04.html"));

        Assert.Equal(
            "The company published the following statement on January 4, 2023.\n"
            + "The statement reads, in part: " + NewsroomTestData.AmazonJanuary2023 + "\n"
            + "According to the company, this total includes the November 2022 reductions.\n" + TestNote,
            article.BodyText);
    }

    [Fact]
    public void Parse_ScriptStyleAndHiddenInsideArticle_AreLeftOut()
    {
        var article = ArticleParser.Parse(NewsroomTestData.Page("amazon-2023-03-20.html"));

        Assert.Equal(
            "An update on Amazon's workforce\n"
            + "The company published a statement on March 20, 2023. In it, the company said\n"
            + NewsroomTestData.AmazonMarch2023 + "\n" + TestNote,
            article.BodyText);
    }

    [Fact]
    public void Parse_Page_LeavesDocumentUnchanged()
    {
        var document = NewsroomTestData.Page("meta-2022-11-09.html");
        var before = document.DocumentElement.OuterHtml;

        ArticleParser.Parse(document);

        Assert.Equal(before, document.DocumentElement.OuterHtml);
    }
}
