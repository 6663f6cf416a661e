using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IndustryTracker.Core.Documents;

/// <summary>Parses archived HTML once; parsers share the resulting DOM.</summary>
public static class HtmlDocuments
{
    private static readonly HtmlParserOptions Options = new()
    {
        // Filings are machine-generated; we never need comments and never run scripts.
        IsKeepingSourceReferences = false,
        SkipComments = true,
    };

    public static IHtmlDocument Parse(Stream content)
    {
        var parser = new HtmlParser(Options);
        return parser.ParseDocument(content);
    }

    public static IHtmlDocument Parse(string content)
    {
        var parser = new HtmlParser(Options);
        return parser.ParseDocument(content);
    }
}
