using IndustryTracker.Core.Api;

namespace IndustryTracker.Core.Exports;

/// <summary>The financials dataset: every stored XBRL fact of the tracked metrics, in the API's field names.</summary>
public static class FinancialCsv
{
    public static ExportDataset<FinancialView> Dataset { get; } = new(
        "financials",
        "One row per reported value of a tracked metric (revenue, operating income, net income, R&D, capex, restructuring charges) for one period, per source document that reports it.",
        "The newest filing date among the filings that report the values.",
        Columns(),
        rows => rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.Metric, StringComparer.Ordinal)
            .ThenBy(r => r.PeriodEnd, StringComparer.Ordinal).ThenBy(r => r.PeriodStart, StringComparer.Ordinal)
            .ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Accession, StringComparer.Ordinal)
            .ThenBy(r => r.Concept, StringComparer.Ordinal).ThenBy(r => r.Url, StringComparer.Ordinal).ThenBy(r => r.Value));

    public static byte[] Write(IEnumerable<FinancialView> rows) => Dataset.WriteCsv(rows);

    private static List<ExportColumn<FinancialView>> Columns() =>
    [
        ExportColumn<FinancialView>.Text("ticker", "Company ticker.", r => r.Ticker),
        ExportColumn<FinancialView>.Text("metric", "revenue, operatingIncome, netIncome, rndExpense, capex or restructuringCharges.", r => r.Metric),
        ExportColumn<FinancialView>.Text("concept", "The XBRL element the value was read from (e.g. us-gaap:Revenues).", r => r.Concept),
        ExportColumn<FinancialView>.Date("periodStart", "First day of the period the value covers; empty for an instant.", r => ExportDates.Parse(r.PeriodStart)),
        ExportColumn<FinancialView>.Date("periodEnd", "Last day of the period (or the instant) the value covers.", r => ExportDates.Parse(r.PeriodEnd)),
        ExportColumn<FinancialView>.Decimal("value", "see unit", "The reported value, in the unit of the unit column (whole currency units, not thousands).", r => r.Value),
        ExportColumn<FinancialView>.Text("unit", "Unit of value as XBRL gives it (USD).", r => r.Unit),
        ExportColumn<FinancialView>.Text("source", "Kind of source document: sec-companyfacts (the XBRL API) or sec-filing.", r => r.Source),
        ExportColumn<FinancialView>.Text("url", "The source document.", r => r.Url),
        ExportColumn<FinancialView>.Text("accession", "SEC accession number of the filing that reports the value.", r => r.Accession),
    ];
}
