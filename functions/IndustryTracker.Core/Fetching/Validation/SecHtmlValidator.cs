namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>
/// SEC HTML documents: an HTML media type, not an error page, carrying the marker every document of the kind has
/// (a filing's cover page names the Commission; an index page is titled "EDGAR Filing Documents"), and, where the
/// kind always ends its markup, ending it (a body cut short without a Content-Length still fails here).
/// </summary>
public sealed class SecHtmlValidator(string? marker, bool requireClosingTag) : IDocumentValidator
{
    public string? Problem(FetchResult fetched, string? form)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var body = fetched.Body ?? [];
        if ((BodyChecks.UnexpectedType(fetched, "html", "text/plain", "xml") ?? BodyChecks.BlockPage(body)) is { } problem)
        {
            return problem;
        }

        if (marker is not null && !BodyChecks.Head(body).Contains(marker, StringComparison.OrdinalIgnoreCase)
            && !System.Text.Encoding.UTF8.GetString(body).Contains(marker, StringComparison.OrdinalIgnoreCase))
        {
            return $"no '{marker}' in the document";
        }

        return requireClosingTag && BodyChecks.Head(body).Contains("<html", StringComparison.OrdinalIgnoreCase) && !BodyChecks.Tail(body).Contains("</html>", StringComparison.OrdinalIgnoreCase)
            ? "the document ends before </html> (truncated)"
            : null;
    }
}
