using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// The source line under a chart, naming the documents behind the plotted values. Given from most to least
/// detailed (every accession number; forms with counts; companies only) so the renderer can take the most
/// detailed one that fits: a line nobody can read is worse than a shorter one, and the API has every citation.
/// </summary>
internal static class SourceLine
{
    private const string Credit = "IndustryTracker";
    private const int FewDocuments = 2;

    public static IReadOnlyList<string> Candidates(string metric, IReadOnlyList<BenchmarkRow> plotted, IReadOnlyList<string> tickerOrder)
    {
        var byTicker = tickerOrder
            .Select(t => (Ticker: t, Docs: Documents(metric, plotted.Where(r => r.Ticker == t)).ToList()))
            .Where(x => x.Docs.Count > 0)
            .ToList();
        if (byTicker.Count == 0)
        {
            return [$"Source: {Credit}"];
        }

        var prefix = "Source: " + Origin(byTicker.SelectMany(x => x.Docs).ToList()) + " — ";
        return
        [
            prefix + string.Join("; ", byTicker.Select(x => x.Ticker + " " + Detailed(x.Docs))) + "; " + Credit,
            // Every accession where a company has few documents, counts where it has many.
            prefix + string.Join("; ", byTicker.Select(x => x.Ticker + " " + (x.Docs.Count <= FewDocuments ? Detailed(x.Docs) : Counted(x.Docs)))) + "; " + Credit,
            prefix + string.Join("; ", byTicker.Select(x => x.Ticker + " " + Counted(x.Docs))) + "; " + Credit,
            prefix + string.Join(", ", byTicker.Select(x => x.Ticker)) + "; " + Credit,
        ];
    }

    private static IEnumerable<CitedDocument> Documents(string metric, IEnumerable<BenchmarkRow> rows) =>
        rows
            .Select(r => r.Metrics.GetValueOrDefault(metric))
            .Where(c => c?.Value is not null)
            .SelectMany(c => c!.Sources)
            .Select(CitedDocument.Of)
            .Distinct()
            .OrderBy(d => d.Group == CitedDocument.Filing ? 0 : 1) // the filings themselves first, then data derived from them
            .ThenBy(d => d.Group, StringComparer.Ordinal)
            .ThenBy(d => d.Accession, StringComparer.Ordinal);

    private static string Origin(IReadOnlyList<CitedDocument> docs)
    {
        var newsroom = docs.Any(d => d.IsNewsroom);
        var filings = docs.Any(d => !d.IsNewsroom);
        return (filings, newsroom) switch
        {
            (true, true) => "SEC filings and company newsroom posts",
            (false, true) => "company newsroom posts",
            _ => "SEC filings",
        };
    }

    // "10-K 0001326801-23-000013, 10-K 0001326801-24-000012; companyfacts (10-K 0001652044-24-000022)"
    private static string Detailed(IReadOnlyList<CitedDocument> docs) =>
        string.Join(", ", docs.GroupBy(d => d.Group, StringComparer.Ordinal).Select(g => g.Key switch
        {
            CitedDocument.Filing => string.Join(", ", g.Select(d => d.Name)),
            _ => $"{g.Key} ({string.Join(", ", g.Select(d => d.Name))})",
        }));

    // "10-K ×4, companyfacts (10-K ×2)"
    private static string Counted(IReadOnlyList<CitedDocument> docs) =>
        string.Join(", ", docs.GroupBy(d => d.Group, StringComparer.Ordinal).Select(g =>
        {
            var forms = string.Join(", ", g.GroupBy(d => d.Form, StringComparer.Ordinal)
                .Select(f => f.Count() == 1 ? f.Key : string.Create(CultureInfo.InvariantCulture, $"{f.Key} ×{f.Count()}")));
            return g.Key == CitedDocument.Filing ? forms : $"{g.Key} ({forms})";
        }));
}
