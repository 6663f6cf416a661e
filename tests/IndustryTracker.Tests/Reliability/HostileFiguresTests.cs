using System.Text;
using System.Text.Json;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Core.Storage.Entities;
using IndustryTracker.Tests.Sec;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Issue 13 rows 5 and 10: absurd figures in otherwise real documents are refused by the plausibility rules, recorded on
/// the document ("normalized with rejections"), listed by `tracker documents --rejected`, counted in /api/health, and
/// never stored, summed or served. The hostile documents are written by the tests (an altered sentence, an overlay page).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileFiguresTests(AzuriteFixture azurite)
{
    private const string Clean = "As of December 31, 2023, we employed approximately 1,525,000 full-time and part-time employees.";
    private const string Hostile = "As of December 31, 2023, we had a workforce of 9,999,999,999 employees.";
    private const string HostileReason = "9,999,999,999 employees is more than any employer has (limit 10,000,000)";

    private static readonly EmployerMatcher Matcher = new(CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json")));

    [Fact]
    public void Parse_10KStatingAWorkforceOf9999999999_ReturnsTheRejectionBesideTheFacts()
    {
        var (item, clean, hostile) = Amazon10K("key");

        var before = DocumentParsers.Parse(item, BinaryData.FromBytes(clean), Matcher);
        var after = DocumentParsers.Parse(item, BinaryData.FromBytes(hostile), Matcher);

        Assert.Equal([1_525_000L], before.Headcount.Select(h => h.Statement.Employees));
        Assert.Empty(before.Rejections);
        Assert.Empty(after.Headcount);
        Assert.Equal([new Core.Facts.Rejection(HostileReason, Hostile)], after.Rejections);
        Assert.Equal(before.Financials.Count, after.Financials.Count);
    }

    [Fact]
    public async Task Normalize_10KStatingAWorkforceOf9999999999_RecordsTheRejectionListedByCliAndHealth()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        var (item, _, hostile) = Amazon10K("hostile-10k");
        var blob = RawArchive.BlobNameFor("sec", item.Sha256);
        await host.Get<RawArchive>().PutAsync(blob, hostile, new Uri(item.Url), "text/html", DateTimeOffset.UnixEpoch, CancellationToken.None);
        await storage.Documents.UpsertEntityAsync(new DocumentRecord { PartitionKey = "AMZN", RowKey = item.DocumentKey, Ticker = "AMZN", Kind = item.Kind, Status = DocumentStatus.Archived, Url = item.Url, Form = "10-K", BlobName = blob, Sha256 = item.Sha256 });

        var facts = await host.Get<Normalizer>().HandleAsync((item with { BlobName = blob }).ToJson(), 1, CancellationToken.None);

        var row = (await storage.Documents.GetEntityAsync<DocumentRecord>("AMZN", item.DocumentKey)).Value;
        Assert.Equal((DocumentStatus.NormalizedWithRejections, 1, facts), (row.Status, row.RejectionCount, row.FactsWritten));
        Assert.Equal($"{HostileReason}: \u201c{Hostile}\u201d", row.Rejections);
        Assert.Empty(await host.Get<FactReader>().HeadcountAsync("AMZN", CancellationToken.None));
        Assert.Equal(1, (await host.Get<HealthCheck>().CheckAsync(CancellationToken.None)).RejectedDocuments);

        var environment = settings.Where(s => s.Key != "Replay:Directory").ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        var listed = await TrackerProcess.RunAsync(["documents", "--rejected", "--format", "json"], environment);

        Assert.True(listed.ExitCode == 0, listed.Stderr);
        var document = Assert.Single(JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("AMZN", DocumentStatus.NormalizedWithRejections, item.Url, 1), (document.GetProperty("ticker").GetString(), document.GetProperty("status").GetString(), document.GetProperty("url").GetString(), document.GetProperty("rejectionCount").GetInt32()));
        Assert.Equal([$"{HostileReason}: \u201c{Hostile}\u201d"], document.GetProperty("rejections").EnumerateArray().Select(r => r.GetString()));
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            "hostile 10: absurd 10-K headcount",
            "Amazon's real 10-K with its headcount sentence altered to \"a workforce of 9,999,999,999 employees\"",
            1,
            "the count refused, the reason recorded on the document, listed by `tracker documents --rejected`, counted in /api/health",
            $"status \"{row.Status}\", {row.RejectionCount} rejection (\"{HostileReason}\"), 0 headcount rows, {facts} other facts stored; CLI exit {listed.ExitCode} listing 1 document; health rejectedDocuments 1",
            DocumentsArchived: 1,
            Facts: facts));
    }

    [Fact]
    public async Task Ingest_ArticleAnnouncingJustOver9999999999Roles_IsRejectedAndNotSummed()
    {
        using var overlay = new NewsroomOverlay();
        var hostile = Path.Combine(Path.GetTempPath(), "industrytracker-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // The Amazon test feed with one more item, dated in Amazon's FY2023, whose page announces the absurd figure.
            var feedUrl = new Uri("https://www.aboutamazon.com/news/feed");
            var pageUrl = "https://www.aboutamazon.com/news/company-news/hostile-update-june-2023";
            var feed = (await File.ReadAllTextAsync(ReplayPaths.FileFor(overlay.Root, feedUrl)!)).Replace(
                "<item>", $"<item><title>An update on roles</title><link>{pageUrl}</link><pubDate>Thu, 15 Jun 2023 16:00:00 +0000</pubDate></item><item>", StringComparison.Ordinal);
            Write(hostile, feedUrl, feed);
            Write(hostile, new Uri(pageUrl),
                "<!DOCTYPE html><html><head><title>An update on roles</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"An update on roles\",\"datePublished\":\"2023-06-15\"}</script>"
                + "</head><body><article><h1>An update on roles</h1><p>Today we are eliminating just over 9,999,999,999 roles across the company.</p></article></body></html>");
            var settings = TestStorage.Settings(azurite.ConnectionString);
            settings["Replay:Directory"] = $"{hostile};{overlay.ReplayDirectories}";
            await using var host = await TrackerTestHost.StartAsync(settings);

            await host.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);

            var events = await host.Get<LayoffStore>().QueryAsync(["AMZN"], null, null, CancellationToken.None);
            Assert.DoesNotContain(events, e => e.Count > 1_525_000 || e.Id == "AMZN-2023-06-15");
            var row = (await host.Get<TrackerStorage>().Documents.QueryAsync<DocumentRecord>(d => d.PartitionKey == "AMZN" && d.Url == pageUrl).ToListAsync()).Single();
            Assert.Equal((DocumentStatus.NormalizedWithRejections, 1, 0), (row.Status, row.RejectionCount, row.FactsWritten));
            Assert.StartsWith("a reduction of 9,999,999,999 is more than ", row.Rejections, StringComparison.Ordinal);
            Assert.EndsWith(": \u201cToday we are eliminating just over 9,999,999,999 roles across the company.\u201d", row.Rejections, StringComparison.Ordinal);

            // Amazon's FY2023 is what the clean corpus gives: the two rounds of 18,000 and 9,000.
            var fy2023 = (await host.Get<BenchmarkStore>().QueryAsync(["AMZN"], 2023, 2023, CancellationToken.None)).Single();
            Assert.Equal((27_000m, 2m), (fy2023.Metrics[BenchmarkMetrics.LayoffsAnnounced].Value, fy2023.Metrics[BenchmarkMetrics.LayoffRounds].Value));
            Assert.Equal(1, (await host.Get<HealthCheck>().CheckAsync(CancellationToken.None)).RejectedDocuments);
            ReliabilityResults.Record("hostile", new ReliabilityObservation(
                "hostile 5: absurd layoff count in an article",
                "a newsroom overlay item (test-written) announcing \"just over 9,999,999,999 roles\" at Amazon in June 2023",
                1,
                "no layoff event; the document \"normalized with rejections\" with the reason; FY2023 layoffsAnnounced as without it (27,000)",
                $"status \"{row.Status}\", {row.RejectionCount} rejection (\"{row.Rejections![..row.Rejections!.IndexOf(':', StringComparison.Ordinal)]}\"); {events.Count} AMZN events, none over 1,525,000; FY2023 layoffsAnnounced {fy2023.Metrics[BenchmarkMetrics.LayoffsAnnounced].Value:N0} in {fy2023.Metrics[BenchmarkMetrics.LayoffRounds].Value} rounds (before: 10,000,026,999 in 3)",
                Facts: row.FactsWritten));
        }
        finally
        {
            Directory.Delete(hostile, recursive: true);
        }
    }

    private static (NormalizeWorkItem Item, byte[] Clean, byte[] Hostile) Amazon10K(string key)
    {
        var url = SecFixtureDocuments.Amazon10K;
        var clean = File.ReadAllBytes(Fixtures.ReplayFile(url));
        var html = Encoding.UTF8.GetString(clean);
        // The fixture's HTML spaces the date with a no-break space entity; only the sentence's words change.
        var altered = html.Replace("we employed approximately 1,525,000 full-time and part-time employees", "we had a workforce of 9,999,999,999 employees", StringComparison.Ordinal);
        Assert.NotEqual(html, altered);
        var hostile = Encoding.UTF8.GetBytes(altered);
        var item = new NormalizeWorkItem("AMZN", key, DocumentKinds.SecFiling, url, "blob", RawArchive.Hash(hostile), "0001018724-24-000008", "10-K", new DateOnly(2023, 12, 31), new DateOnly(2024, 2, 2));
        return (item, clean, hostile);
    }

    private static void Write(string root, Uri url, string text)
    {
        var path = ReplayPaths.FileFor(root, url)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
