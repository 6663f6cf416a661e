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
    public Uri PrimaryDocumentUrl(Uri archivesBase, long cik) =>
        new(archivesBase, $"Archives/edgar/data/{cik}/{Accession.Replace("-", "", StringComparison.Ordinal)}/{PrimaryDocument}");
}
