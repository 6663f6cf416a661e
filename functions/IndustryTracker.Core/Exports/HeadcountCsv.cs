using IndustryTracker.Core.Api;

namespace IndustryTracker.Core.Exports;

/// <summary>The headcount dataset: every stored headcount statement, in the API's field names.</summary>
public static class HeadcountCsv
{
    public static ExportDataset<HeadcountView> Dataset { get; } = new(
        "headcount",
        "One row per headcount statement found in a tracked company's filings (the same statement in two filings is two rows, each citing its filing).",
        "The newest filing date among the filings the statements were read from.",
        Columns(),
        rows => rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.AsOf, StringComparer.Ordinal)
            .ThenBy(r => r.Scope, StringComparer.Ordinal).ThenBy(r => r.Employees)
            .ThenBy(r => r.Accession, StringComparer.Ordinal).ThenBy(r => r.Url, StringComparer.Ordinal));

    public static byte[] Write(IEnumerable<HeadcountView> rows) => Dataset.WriteCsv(rows);

    private static List<ExportColumn<HeadcountView>> Columns() =>
    [
        ExportColumn<HeadcountView>.Text("ticker", "Company ticker.", r => r.Ticker),
        ExportColumn<HeadcountView>.Date("asOf", "Date the headcount is stated as of.", r => ExportDates.Parse(r.AsOf)),
        ExportColumn<HeadcountView>.Integer("employees", "people", "Headcount as stated.", r => r.Employees),
        ExportColumn<HeadcountView>.Boolean("approximate", "Whether the statement qualifies the number (\"approximately\", \"about\").", r => r.Approximate),
        ExportColumn<HeadcountView>.Text("scope", "What the number counts, as the filing words it: Employees, FullTime, FullTimeAndPartTime or FullTimeEquivalent.", r => r.Scope),
        ExportColumn<HeadcountView>.Text("sentence", "The sentence that states the headcount, quoted from the filing.", r => r.Sentence),
        ExportColumn<HeadcountView>.Text("url", "The document the sentence was read from.", r => r.Url),
        ExportColumn<HeadcountView>.Text("accession", "SEC accession number of the filing.", r => r.Accession),
        ExportColumn<HeadcountView>.Text("form", "SEC form type of the filing (10-K, 10-Q, …).", r => r.Form),
        ExportColumn<HeadcountView>.Text("asOfResolved", "Empty when the filing states the date; otherwise how asOf was resolved from a relative phrase (\"at the end of our fiscal year\"), e.g. 'fiscal year end from dei:DocumentPeriodEndDate'.", r => r.AsOfResolved),
    ];
}
