using System.IO.Compression;
using System.Text;
using IndustryTracker.Core.Http;

namespace IndustryTracker.Benchmarks.Hostile;

/// <summary>
/// A replay overlay holding every hostile input of issue 13 at once, WRITTEN HERE (nothing is copied from or written
/// into ../shared/fixtures), laid out as <c>&lt;host&gt;/&lt;path&gt;</c> in a temporary folder. Put it FIRST in
/// <c>Replay:Directory</c> (<see cref="ReplayDirectories"/>): it overrides California's EDD report and fills URLs the
/// corpus answers with 404. Dependent only on the BCL and <see cref="ReplayPaths"/>, so a test can compile it in too.
/// </summary>
public sealed class HostileOverlay : IDisposable
{
    /// <summary>(1) Meta's feed: its newest item links to a ~1,100-character URL, an older item to a real-looking article.</summary>
    public static readonly Uri MetaFeed = new("https://about.fb.com/news/feed/");

    public static readonly Uri LongUrl = new("https://about.fb.com/news/2023/05/" + string.Join('-', Enumerable.Repeat("an-update-on-our-year-of-efficiency-and-what-comes-next", 19)) + "/");

    public static readonly Uri LegitimateArticle = new("https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/");

    /// <summary>(4) California EDD's report (the URL WarnOptions uses): a small workbook whose sharedStrings.xml inflates to ~1.5 GB.</summary>
    public static readonly Uri CaEddWorkbook = new("https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx");

    /// <summary>(5) Amazon's feed, whose one item is an article announcing "just over 9,999,999,999 roles".</summary>
    public static readonly Uri AmazonFeed = new("https://www.aboutamazon.com/news/feed");

    public static readonly Uri ImplausibleArticle = new("https://www.aboutamazon.com/news/company-news/an-update-on-our-workforce-2024");

    /// <summary>(6) Microsoft's FY2024 10-K, absent from the corpus (a 404 there): here a 100 MB response.</summary>
    public static readonly Uri HugeFiling = new("https://www.sec.gov/Archives/edgar/data/789019/000095017024087843/msft-20240630.htm");

    /// <summary>(10) Microsoft's FY2025 10-K, absent from the corpus: here a 10-K stating "a workforce of 9,999,999,999 employees".</summary>
    public static readonly Uri ImplausibleFiling = new("https://www.sec.gov/Archives/edgar/data/789019/000095017025100235/msft-20250630.htm");

    public const long HugeFilingBytes = 100L * 1024 * 1024;

    public const long SharedStringsBytes = 1_500L * 1024 * 1024;

    /// <summary>Every hostile item of issue 13.</summary>
    public static IReadOnlyList<int> AllItems { get; } = [1, 4, 5, 6, 10];

    /// <param name="items">The issue rows to include (default all): leaving one out shows what the others do without it.</param>
    public HostileOverlay(IReadOnlyCollection<int>? items = null)
    {
        Items = items ?? AllItems;
        Root = Path.Combine(Path.GetTempPath(), "industrytracker-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        if (Items.Contains(1))
        {
            Write(MetaFeed, MetaFeedXml());
            Write(LegitimateArticle, ArticleHtml("Mark Zuckerberg: Update on Meta's Year of Efficiency", "2023-03-14T09:00:00-07:00",
                "Over the next couple of months, we expect to reduce our team size by around 10,000 people and to close around 5,000 additional open roles that we haven't yet hired."));
        }

        if (Items.Contains(5))
        {
            Write(AmazonFeed, AmazonFeedXml());
            Write(ImplausibleArticle, ArticleHtml("An update on our workforce", "2024-02-01T09:00:00-08:00",
                "After reviewing our plans, we have decided to eliminate just over 9,999,999,999 roles across the company."));
        }

        if (Items.Contains(10))
        {
            Write(ImplausibleFiling, TenKHtml());
        }

        if (Items.Contains(6))
        {
            WriteHugeFiling(OverlayFile(HugeFiling));
        }

        if (Items.Contains(4))
        {
            WriteWorkbook(OverlayFile(CaEddWorkbook));
        }
    }

    public IReadOnlyCollection<int> Items { get; }

    public string Root { get; }

    /// <summary>The Replay:Directory value: this overlay first (it overrides the corpus), then the recorded corpus.</summary>
    public string ReplayDirectories(string corpus) => $"{Root};{corpus}";

    public long FileBytes(Uri url) => File.Exists(ReplayPaths.FileFor(Root, url)) ? new FileInfo(OverlayFile(url)).Length : 0;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string OverlayFile(Uri url)
    {
        var path = ReplayPaths.FileFor(Root, url)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private void Write(Uri url, string text) => File.WriteAllText(OverlayFile(url), text, new UTF8Encoding(false));

    private static string MetaFeedXml() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- WRITTEN FOR INDUSTRYTRACKER'S HOSTILE-INPUT BENCHMARK. Not Meta's feed. -->
        <rss version="2.0">
          <channel>
            <title>Meta Newsroom (hostile test feed)</title>
            <link>https://about.fb.com/news/</link>
            <description>Written for a benchmark; not Meta's feed.</description>
            <item>
              <title>An update on our year of efficiency and what comes next</title>
              <link>{LongUrl.AbsoluteUri}</link>
              <pubDate>Tue, 02 May 2023 16:00:00 +0000</pubDate>
            </item>
            <item>
              <title>Update on Meta's Year of Efficiency</title>
              <link>{LegitimateArticle.AbsoluteUri}</link>
              <pubDate>Tue, 14 Mar 2023 16:00:00 +0000</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private static string AmazonFeedXml() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- WRITTEN FOR INDUSTRYTRACKER'S HOSTILE-INPUT BENCHMARK. Not Amazon's feed. -->
        <rss version="2.0">
          <channel>
            <title>Amazon News (hostile test feed)</title>
            <link>https://www.aboutamazon.com/news</link>
            <description>Written for a benchmark; not Amazon's feed.</description>
            <item>
              <title>An update on our workforce</title>
              <link>{ImplausibleArticle.AbsoluteUri}</link>
              <pubDate>Thu, 01 Feb 2024 17:00:00 +0000</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private static string ArticleHtml(string title, string published, string statement) => $"""
        <!DOCTYPE html>
        <!-- WRITTEN FOR INDUSTRYTRACKER'S HOSTILE-INPUT BENCHMARK. Not the company's page. -->
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta property="og:title" content="{title}">
          <meta property="article:published_time" content="{published}">
          <title>{title}</title>
        </head>
        <body>
          <header><nav><a href="/news">Newsroom</a></nav></header>
          <article>
            <h1>{title}</h1>
            <p>The following message was shared with employees today.</p>
            <p>{statement}</p>
            <p>We will support everyone affected with severance and help finding their next role.</p>
          </article>
          <footer><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;

    private static string TenKHtml() => """
        <!DOCTYPE html>
        <!-- WRITTEN FOR INDUSTRYTRACKER'S HOSTILE-INPUT BENCHMARK. Not Microsoft's 10-K. -->
        <html><head><title>msft-20250630</title></head>
        <body>
          <p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
          <p>FORM 10-K</p>
          <p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 For the Fiscal Year Ended June 30, 2025</p>
          <p>MICROSOFT CORPORATION</p>
          <p>PART I</p>
          <p>ITEM 1. BUSINESS</p>
          <p>HUMAN CAPITAL RESOURCES</p>
          <p>As of June 30, 2025, we had a workforce of 9,999,999,999 employees, of whom 4,000,000,000 were located in the United States.</p>
          <p>Our culture is grounded in a growth mindset.</p>
        </body></html>
        """;

    /// <summary>100 MB of ordinary-looking filing paragraphs after a 10-K's cover lines (so it passes for a filing), written in 1 MB blocks.</summary>
    private static void WriteHugeFiling(string path)
    {
        using var file = File.Create(path);
        var head = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>msft-20240630</title></head><body><p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 10-K</p><p>MICROSOFT CORPORATION</p>\n");
        var tail = Encoding.UTF8.GetBytes("</body></html>\n");
        var block = Repeated("<p>Revenue increased driven by growth in our cloud services; operating expenses grew modestly.</p>\n", 1024 * 1024);
        file.Write(head);
        while (file.Length + block.Length + tail.Length <= HugeFilingBytes)
        {
            file.Write(block);
        }

        file.Write(tail);
    }

    /// <summary>
    /// A minimal valid XLSX (content types, relationships, a workbook, one sheet) whose shared strings part repeats one
    /// 256 KB entry to ~1.5 GB; deflate shrinks such content about a thousandfold, so the file stays near 1.5 MB.
    /// </summary>
    private static void WriteWorkbook(string path)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
            """);
        Entry(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Entry(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Detailed WARN Report" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Entry(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """);
        Entry(zip, "xl/worksheets/sheet1.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>
            """);

        var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        var head = Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        var tail = Encoding.UTF8.GetBytes("</sst>");
        // Long runs of one letter: deflate's best case (about 1,000 to 1), where short repeated entries reach only ~350 to 1.
        var block = Repeated("<si><t>" + new string('A', 256 * 1024) + "</t></si>", 1024 * 1024);
        stream.Write(head);
        for (long written = head.Length; written + block.Length + tail.Length <= SharedStringsBytes; written += block.Length)
        {
            stream.Write(block);
        }

        stream.Write(tail);
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary><paramref name="unit"/> repeated whole to at most <paramref name="size"/> bytes (so the XML stays well formed).</summary>
    private static byte[] Repeated(string unit, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(unit);
        var block = new byte[size / bytes.Length * bytes.Length];
        for (var i = 0; i < block.Length; i += bytes.Length)
        {
            bytes.CopyTo(block, i);
        }

        return block;
    }
}
