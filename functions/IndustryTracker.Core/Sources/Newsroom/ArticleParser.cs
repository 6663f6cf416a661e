using AngleSharp.Dom;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>Reduces a newsroom article page to its title, publication date and body text.</summary>
public static class ArticleParser
{
    /// <summary>
    /// Title: og:title, else the article's (or the page's first) h1, else &lt;title&gt;. Published: the
    /// article:published_time meta, else a &lt;time datetime&gt; outside page chrome, else JSON-LD datePublished;
    /// null when none is readable. Body: the text of the content element (see <see cref="ArticleContent"/>) with
    /// nav, header, footer, aside, forms, scripts and styles left out. The document is not modified.
    /// </summary>
    public static Article Parse(IDocument html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var content = ArticleContent.Find(html);
        return new Article(Title(html, content), ArticleDates.Published(html), Body(content));
    }

    private static string Title(IDocument html, IElement? content)
    {
        var title = ArticleMeta.Content(html, "og:title")
            ?? Text(content?.QuerySelector("h1"))
            ?? Text(html.QuerySelector("h1"))
            ?? html.Title;
        return InlineText.Collapse(title);
    }

    private static string? Text(IElement? element)
    {
        var text = element?.TextContent;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string Body(IElement? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        // Work on a copy so the caller's DOM stays as parsed (other parsers may read the same document).
        var copy = (IElement)content.Clone(deep: true);
        foreach (var noise in copy.QuerySelectorAll(ArticleContent.Chrome).ToArray())
        {
            noise.Remove();
        }

        return HtmlText.Extract(copy);
    }
}
