namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>A newsroom article: an HTML page (or an untyped body: pages without an extension often come so) that is not an error page.</summary>
public sealed class HtmlPageValidator : IDocumentValidator
{
    public string? Problem(FetchResult fetched, string? form)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return BodyChecks.UnexpectedType(fetched, "html", "octet-stream") ?? BodyChecks.BlockPage(fetched.Body ?? []);
    }
}
