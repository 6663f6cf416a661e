using AngleSharp.Dom;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Sources.Newsroom;
using IndustryTracker.Core.Sources.Sec.Headcount;
using IndustryTracker.Core.Sources.Sec.Layoffs;
using IndustryTracker.Core.Sources.Sec.Xbrl;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// Pure dispatch from an archived document to its facts, by document kind. No storage, no network, no clock:
/// the same bytes always give the same facts, which is what makes reprocessing safe. The employer matcher is
/// reference data (the companies file), passed in, as are the workbook limits. A figure the parsers refuse as
/// implausible comes back in <see cref="ParsedDocument.Rejections"/>; the rules that need today's date or the company's
/// stored headcount are applied by the normalizer (<see cref="Plausibility.Screen"/>).
/// </summary>
public static class DocumentParsers
{
    private static readonly string[] FinancialForms = ["10-K", "10-Q", "10-K/A", "10-Q/A", "20-F", "40-F"];

    private static readonly string[] AnnualForms = ["10-K", "10-K/A", "20-F", "40-F"];

    public static ParsedDocument Parse(NormalizeWorkItem item, BinaryData content, EmployerMatcher matcher, WorkbookLimits? workbook = null)
    {
        var source = new Provenance(item.Kind, item.Url, item.Accession, item.Form, item.FilingDate, item.DocumentKey);
        return item.Kind switch
        {
            DocumentKinds.SecCompanyFacts => ParseCompanyFacts(item.Ticker, content, source),
            DocumentKinds.SecFiling when IsPeriodicReport(item.Form) => ParsePeriodicReport(item, content, source),
            DocumentKinds.SecFiling or DocumentKinds.SecExhibit => ParseLetter(item, content, source, item.ReportDate ?? item.FilingDate),
            DocumentKinds.NewsroomArticle => ParseArticle(item, content, source),
            DocumentKinds.WarnBlnExport => ParseWarn(BlnExportParser.Parse(content.ToStream(), item.Form ?? throw new FormatException("WARN export work item names no state.")), matcher),
            DocumentKinds.WarnCaEdd => ParseWarn(CaEddWarnParser.Parse(content.ToStream(), workbook), matcher),
            _ => throw new NotSupportedException($"No parser for document kind '{item.Kind}'."),
        };
    }

    public static bool IsPeriodicReport(string? form) => form is not null && FinancialForms.Contains(form, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// SEC's HTML documents end with &lt;/html&gt;; one that does not was cut short (or is not HTML at all), and a parse
    /// of it would store a partial set of facts as if it were whole.
    /// </summary>
    private static void RequireComplete(BinaryData content)
    {
        var bytes = content.ToMemory().Span;
        var tail = System.Text.Encoding.UTF8.GetString(bytes[Math.Max(0, bytes.Length - 2048)..]).TrimEnd();
        if (!tail.EndsWith("</html>", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The document does not end with </html>: it is truncated or not an HTML filing.");
        }
    }

    private static ParsedDocument ParsePeriodicReport(NormalizeWorkItem item, BinaryData content, Provenance source)
    {
        RequireComplete(content);
        string text;
        IReadOnlyList<XbrlFact> xbrl;
        ReportPeriod? period;
        IReadOnlyList<HeadcountStatement> tableRows;

        // The DOM is many times the size of the text; letting it go before the sentence parsers run keeps their
        // garbage collections from tracing (and promoting) it.
        using (var stream = content.ToStream())
        using (var document = HtmlDocuments.Parse(stream))
        {
            text = HtmlText.Extract(document);
            xbrl = InlineXbrlParser.Parse(document);
            period = PeriodOf(item, document);
            tableRows = HeadcountTables.Read(document, period);
        }

        var read = HeadcountParser.Read(text, period, tableRows);
        var headcount = read.Statements.Select(s => new HeadcountFact(item.Ticker, s, source)).ToList();
        var financials = FinancialFactSelector.Select(xbrl).Select(v => new FinancialFact(item.Ticker, v, source)).ToList();
        return new ParsedDocument(headcount, financials, Statements(item.Ticker, text, source, item.FilingDate), [], FactTables.Headcount | FactTables.Financials | FactTables.Statements)
        {
            Rejections = read.Rejected,
        };
    }

    /// <summary>
    /// The report's period for resolving "at the end of our fiscal year": the cover page's dei:DocumentPeriodEndDate, else
    /// (filings before inline XBRL) the report date SEC's submissions list gives; null when neither is known.
    /// </summary>
    private static ReportPeriod? PeriodOf(NormalizeWorkItem item, IDocument document)
    {
        var annual = item.Form is not null && AnnualForms.Contains(item.Form, StringComparer.OrdinalIgnoreCase);
        return DocumentPeriodEnd.Read(document) is { } end ? new ReportPeriod(end, annual, ReportPeriod.FromDei)
            : item.ReportDate is { } reported ? new ReportPeriod(reported, annual, ReportPeriod.FromSubmissions)
            : null;
    }

    /// <summary>8-Ks and their EX-99.1 exhibits: the CEO letters that announce reductions.</summary>
    private static ParsedDocument ParseLetter(NormalizeWorkItem item, BinaryData content, Provenance source, DateOnly? date)
    {
        RequireComplete(content);
        using var stream = content.ToStream();
        using var document = HtmlDocuments.Parse(stream);
        return new ParsedDocument([], [], Statements(item.Ticker, HtmlText.Extract(document), source, date), [], FactTables.Statements);
    }

    private static ParsedDocument ParseArticle(NormalizeWorkItem item, BinaryData content, Provenance source)
    {
        using var stream = content.ToStream();
        using var document = HtmlDocuments.Parse(stream);
        var article = ArticleParser.Parse(document);
        // The page's own date first; the feed's date for pages that carry none.
        var date = article.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : item.FilingDate;
        return new ParsedDocument([], [], Statements(item.Ticker, article.BodyText, source, date), [], FactTables.Statements);
    }

    private static List<StatementEvidence> Statements(string ticker, string text, Provenance source, DateOnly? date) =>
        date is { } day
            ? WorkforceStatementParser.Parse(text).Select(s => new StatementEvidence(ticker, s, source, day)).ToList()
            : [];

    private static ParsedDocument ParseWarn(IReadOnlyList<WarnNotice> notices, EmployerMatcher matcher) =>
        new([], [], [], WarnDeduplicator.Collapse(notices).Select(n => new MatchedNotice(n, matcher.Match(n.Employer))).ToList(), FactTables.None);

    private static ParsedDocument ParseCompanyFacts(string ticker, BinaryData content, Provenance source)
    {
        var json = content.ToMemory().Span;
        var cik = CompanyFactsParser.Cik(json);
        // Proxy statements and registration forms repeat annual figures; cite the periodic report that states them.
        var financials = FinancialFactSelector.Select(CompanyFactsParser.Parse(json, FinancialConcepts.All.Contains).Where(f => IsPeriodicReport(f.Form)))
            .Select(v => new FinancialFact(ticker, v, CiteFiling(source, cik, v)))
            .ToList();
        return new ParsedDocument([], financials, [], [], FactTables.Financials);
    }

    /// <summary>
    /// A company-facts value cites the filing that reported it — its EDGAR index page, which a reader can open and which
    /// lists the primary document — not the multi-megabyte JSON it was read from. The JSON stays the fact's document
    /// (kind and key), and its accession stays on the value (<see cref="MetricValue.Accession"/>): the provenance's own
    /// accession is left as it was, since it is part of the stored row's key. Without a CIK in the document (SEC's
    /// always has one) no index URL can be built, and the JSON is cited.
    /// </summary>
    private static Provenance CiteFiling(Provenance source, long? cik, MetricValue value) =>
        cik is { } filer && value.Accession is { } accession && FilingIndexParser.IsAccession(accession)
            ? source with { Url = FilingIndexParser.IndexUrl(filer, accession).AbsoluteUri }
            : source;
}
