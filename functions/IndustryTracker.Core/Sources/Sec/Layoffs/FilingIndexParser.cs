using System.Globalization;
using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// Reads EDGAR filing index pages (<c>…-index.html</c>), where an 8-K's press release is found: the
/// workforce announcement is usually exhibit 99.1, not the 8-K's own cover document.
/// </summary>
public static class FilingIndexParser
{
    private static readonly Uri SecArchives = new("https://www.sec.gov/");

    /// <summary>The index page of a filing on www.sec.gov.</summary>
    public static Uri IndexUrl(long cik, string accession) => IndexUrl(SecArchives, cik, accession);

    /// <summary>
    /// The index page of a filing under <paramref name="archivesBase"/> (the configured archives host):
    /// <c>Archives/edgar/data/&lt;cik&gt;/&lt;accession without dashes&gt;/&lt;accession&gt;-index.html</c>.
    /// </summary>
    public static Uri IndexUrl(Uri archivesBase, long cik, string accession)
    {
        ArgumentNullException.ThrowIfNull(archivesBase);
        ArgumentNullException.ThrowIfNull(accession);
        if (!IsAccession(accession))
        {
            throw new ArgumentException($"'{accession}' is not an accession number (0000000000-00-000000).", nameof(accession));
        }

        var folder = accession.Replace("-", string.Empty, StringComparison.Ordinal);
        return new Uri(archivesBase, string.Create(CultureInfo.InvariantCulture, $"Archives/edgar/data/{cik}/{folder}/{accession}-index.html"));
    }

    /// <summary>The first document whose Type is <paramref name="exhibitType"/>; null when the filing has none.</summary>
    public static Uri? FindExhibit(IDocument indexPage, Uri indexUrl, string exhibitType = "EX-99.1")
    {
        ArgumentNullException.ThrowIfNull(exhibitType);
        return Documents(indexPage, indexUrl)
            .FirstOrDefault(d => string.Equals(d.Type, exhibitType.Trim(), StringComparison.OrdinalIgnoreCase))?
            .Document;
    }

    /// <summary>Every linked document row of the page's document tables, in page order.</summary>
    public static IReadOnlyList<FilingIndexEntry> Documents(IDocument indexPage, Uri indexUrl)
    {
        ArgumentNullException.ThrowIfNull(indexPage);
        ArgumentNullException.ThrowIfNull(indexUrl);
        var entries = new List<FilingIndexEntry>();
        foreach (var table in indexPage.QuerySelectorAll("table"))
        {
            var rows = table.QuerySelectorAll("tr").ToList();
            var header = rows.FirstOrDefault(r => r.QuerySelector("th") is not null);
            if (header is null)
            {
                continue;
            }

            // Columns by heading, not position: the page layout is SEC's to change.
            var columns = header.QuerySelectorAll("th").Select(th => Clean(th.TextContent)).ToList();
            var document = columns.FindIndex(c => c.Equals("Document", StringComparison.OrdinalIgnoreCase));
            var type = columns.FindIndex(c => c.Equals("Type", StringComparison.OrdinalIgnoreCase));
            if (document < 0 || type < 0)
            {
                continue;
            }

            var seq = columns.FindIndex(c => c.Equals("Seq", StringComparison.OrdinalIgnoreCase));
            var description = columns.FindIndex(c => c.Equals("Description", StringComparison.OrdinalIgnoreCase));
            var size = columns.FindIndex(c => c.Equals("Size", StringComparison.OrdinalIgnoreCase));
            foreach (var row in rows.Where(r => r != header))
            {
                var cells = row.QuerySelectorAll("td").ToList();
                var href = document < cells.Count ? cells[document].QuerySelector("a[href]")?.GetAttribute("href") : null;
                if (href is null || type >= cells.Count)
                {
                    continue;
                }

                entries.Add(new FilingIndexEntry(
                    ReadNumber(Cell(cells, seq)) is { } s ? (int)s : null,
                    Cell(cells, description),
                    new Uri(indexUrl, Unwrap(href)),
                    Clean(cells[type].TextContent),
                    ReadNumber(Cell(cells, size))));
            }
        }

        return entries;
    }

    // Inline-XBRL documents are linked through the viewer ("/ix?doc=/Archives/…"); the raw file is what we fetch.
    private static string Unwrap(string href) =>
        href.StartsWith("/ix?doc=", StringComparison.OrdinalIgnoreCase) ? href["/ix?doc=".Length..] : href;

    private static string Cell(List<IElement> cells, int index) =>
        index >= 0 && index < cells.Count ? Clean(cells[index].TextContent) : string.Empty;

    // Cells hold &nbsp; padding; string.Trim() without arguments trims it as white space.
    private static string Clean(string text) => text.Trim();

    private static long? ReadNumber(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    internal static bool IsAccession(string accession) =>
        accession.Length == 20 && accession[10] == '-' && accession[13] == '-'
        && accession.Where((c, i) => i is not (10 or 13)).All(char.IsAsciiDigit);
}
