using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>Finds the element of a page that holds the article itself.</summary>
internal static class ArticleContent
{
    /// <summary>Page chrome and interactive parts: never the article's words, wherever they sit.</summary>
    public const string Chrome =
        "nav, header, footer, aside, form, script, style, noscript, template, iframe, button, dialog, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";

    /// <summary>
    /// The &lt;article&gt; with the most paragraph text (pages also mark related-story teasers as articles);
    /// else &lt;main&gt; or role="main"; else the element whose own paragraphs hold the most text; else the body.
    /// Elements inside page chrome (a teaser in an aside) are never chosen.
    /// </summary>
    public static IElement? Find(IDocument html)
    {
        var article = html.QuerySelectorAll("article")
            .Where(a => !InChrome(a))
            .OrderByDescending(ParagraphLength)
            .FirstOrDefault();
        if (article is not null)
        {
            return article;
        }

        var main = html.QuerySelectorAll("main, [role=main]").FirstOrDefault(m => !InChrome(m));
        return main ?? LargestTextBlock(html) ?? html.Body;
    }

    private static IElement? LargestTextBlock(IDocument html) =>
        html.QuerySelectorAll("p")
            .Where(p => p.ParentElement is not null && !InChrome(p))
            .GroupBy(p => p.ParentElement!)
            .OrderByDescending(block => block.Sum(p => p.TextContent.Trim().Length))
            .Select(block => block.Key)
            .FirstOrDefault();

    // OrderByDescending is stable, so among equals the first in document order wins.
    private static int ParagraphLength(IElement element) =>
        element.QuerySelectorAll("p").Where(p => !InChrome(p)).Sum(p => p.TextContent.Trim().Length);

    private static bool InChrome(IElement element) =>
        element.ParentElement?.Closest(Chrome) is not null;
}
