using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Sources.Sec.Headcount;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// Pure dispatch from an archived document to its facts, by document kind. No storage, no network:
/// the same bytes always give the same facts, which is what makes reprocessing safe.
/// </summary>
public static class DocumentParsers
{
    private static readonly string[] FinancialForms = ["10-K", "10-Q", "10-K/A", "10-Q/A", "20-F", "40-F"];

    public static ParsedDocument Parse(NormalizeWorkItem item, BinaryData content)
    {
        var source = new Provenance(item.Kind, item.Url, item.Accession, item.Form, item.FilingDate, item.DocumentKey);
        return item.Kind switch
        {
            DocumentKinds.SecCompanyFacts => ParseCompanyFacts(item.Ticker, content, source),
            DocumentKinds.SecFiling when IsPeriodicReport(item.Form) => ParsePeriodicReport(item.Ticker, content, source),
            // 8-Ks and other forms are archived for the layoff extractors; they state no headcount or totals here.
            DocumentKinds.SecFiling => ParsedDocument.Empty,
            _ => throw new NotSupportedException($"No parser for document kind '{item.Kind}'."),
        };
    }

    private static bool IsPeriodicReport(string? form) => form is not null && FinancialForms.Contains(form, StringComparer.OrdinalIgnoreCase);

    private static ParsedDocument ParsePeriodicReport(string ticker, BinaryData content, Provenance source)
    {
        using var stream = content.ToStream();
        using var document = HtmlDocuments.Parse(stream);
        var headcount = HeadcountParser.Parse(HtmlText.Extract(document))
            .Select(s => new HeadcountFact(ticker, s, source))
            .ToList();
        var financials = FinancialFactSelector.Select(InlineXbrlParser.Parse(document))
            .Select(v => new FinancialFact(ticker, v, source))
            .ToList();
        return new ParsedDocument(headcount, financials);
    }

    private static ParsedDocument ParseCompanyFacts(string ticker, BinaryData content, Provenance source)
    {
        using var stream = content.ToStream();
        // Proxy statements and registration forms repeat annual figures; cite the periodic report that states them.
        var financials = FinancialFactSelector.Select(CompanyFactsParser.Parse(stream).Where(f => IsPeriodicReport(f.Form)))
            .Select(v => new FinancialFact(ticker, v, source))
            .ToList();
        return new ParsedDocument([], financials);
    }
}
