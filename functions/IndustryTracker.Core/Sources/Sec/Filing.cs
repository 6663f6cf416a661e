namespace IndustryTracker.Core.Sources.Sec;

/// <summary>One row of a company's SEC submissions listing.</summary>
public sealed record Filing(
    string Accession,
    DateOnly FilingDate,
    DateOnly? ReportDate,
    string Form,
    string PrimaryDocument,
    IReadOnlyList<string> Items)
{
    /// <summary>A new registry row for one of this filing's documents (the primary document, an exhibit).</summary>
    public Storage.DocumentRecord NewRecord(string ticker, string key, string kind, Uri url) => new()
    {
        PartitionKey = ticker,
        RowKey = key,
        Ticker = ticker,
        Kind = kind,
        Url = url.AbsoluteUri,
        Accession = Accession,
        Form = Form,
        ReportDate = ReportDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        FilingDate = FilingDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    public Uri PrimaryDocumentUrl(Uri archivesBase, long cik) =>
        new(archivesBase, $"Archives/edgar/data/{cik}/{Accession.Replace("-", "", StringComparison.Ordinal)}/{PrimaryDocument}");
}
