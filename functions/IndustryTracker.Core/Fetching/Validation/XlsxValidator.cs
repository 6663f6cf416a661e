namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>A spreadsheet (California EDD's report): a ZIP container, never an HTML page.</summary>
public sealed class XlsxValidator : IDocumentValidator
{
    public string? Problem(FetchResult fetched, string? form)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var body = fetched.Body ?? [];
        if (BodyChecks.UnexpectedType(fetched, "spreadsheet", "excel", "octet-stream", "zip") is { } type)
        {
            return type;
        }

        return body is [0x50, 0x4B, 0x03, 0x04, ..] ? null : "not an XLSX (ZIP) file";
    }
}
