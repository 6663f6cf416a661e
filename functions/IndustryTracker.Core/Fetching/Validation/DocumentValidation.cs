using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>
/// The one place collectors check what they are about to archive or read: a body that is not the document of its
/// kind becomes a failed fetch (recorded, retried later), never an archived document.
/// </summary>
public static class DocumentValidation
{
    /// <summary>The filing index page read to find a filing's EX-99.1; not archived, but read, so checked too.</summary>
    public const string SecFilingIndex = "sec-filing-index";

    /// <summary>An older page of a submissions listing: the columns of <c>filings.recent</c> at its root, no <c>filings</c>.</summary>
    public const string SecSubmissionsPage = "sec-submissions-page";

    private static readonly Dictionary<string, IDocumentValidator> ByKind = new(StringComparer.Ordinal)
    {
        [DocumentKinds.SecSubmissions] = new SecJsonValidator("filings"),
        [DocumentKinds.SecCompanyFacts] = new SecJsonValidator("facts"),
        [DocumentKinds.SecFiling] = new SecHtmlValidator("Securities and Exchange Commission", requireClosingTag: true),
        [DocumentKinds.SecExhibit] = new SecHtmlValidator(marker: null, requireClosingTag: false),
        [SecSubmissionsPage] = new SecJsonValidator("accessionNumber"),
        [SecFilingIndex] = new SecHtmlValidator("EDGAR Filing Documents", requireClosingTag: false),
        [DocumentKinds.WarnBlnExport] = new WarnCsvValidator(),
        [DocumentKinds.WarnCaEdd] = new XlsxValidator(),
        [DocumentKinds.NewsroomArticle] = new HtmlPageValidator(),
    };

    /// <summary><paramref name="fetched"/> unchanged when acceptable (or not a body at all); otherwise a failure naming why.</summary>
    public static FetchResult Check(string kind, string? form, FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        if (!fetched.IsOk || !ByKind.TryGetValue(kind, out var validator))
        {
            return fetched;
        }

        return validator.Problem(fetched, form) is { } problem
            ? fetched with { Body = null, Error = $"rejected {kind}: {problem}" }
            : fetched;
    }
}
