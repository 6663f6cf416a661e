using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Benchmarks.Parsing;

/// <summary>One recorded 10-K or 10-Q: its listing row, URL and bytes.</summary>
public sealed record PeriodicReport(string Name, string Ticker, Filing Filing, Uri Url, byte[] Bytes)
{
    /// <summary>The work item the collector would queue for it, so the benchmark runs the normalizer's own dispatch.</summary>
    public NormalizeWorkItem WorkItem() => new(
        Ticker, Filing.Accession, DocumentKinds.SecFiling, Url.ToString(), "bench/" + Name, "", Filing.Accession, Filing.Form, Filing.ReportDate, Filing.FilingDate);
}
