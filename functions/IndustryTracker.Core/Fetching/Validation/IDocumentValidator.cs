namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>
/// Decides whether a 200 response is the document asked for. Servers answer throttling and bot blocks with a 200
/// and an HTML page; archiving that page would make it a permanent "document".
/// </summary>
public interface IDocumentValidator
{
    /// <summary>Why <paramref name="fetched"/> is not an acceptable document, or null when it is.</summary>
    /// <param name="form">The document's form (SEC) or state code (WARN), when the check depends on it.</param>
    string? Problem(FetchResult fetched, string? form);
}
