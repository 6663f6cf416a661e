using Azure.Storage.Blobs.Models;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>One full cycle over the real replay corpus on real Azurite, then what it left in storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FullCycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Cycle_ReplayCorpus_ArchivesEachDocumentOnceAndRecordsEveryFailure()
    {
        var store = await azurite.IngestedAsync();
        var sec = store.Summary.Sources.Single(s => s.Source == "sec");
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var storage = host.Get<TrackerStorage>();

        // 9 filings (Meta 4, Alphabet 3, Amazon 2) and Alphabet's company facts are recorded; the rest 404 here.
        Assert.Equal(10, sec.NewDocuments);
        // Plus the Washington export and California's EDD file (the other states' exports are not recorded: 404).
        Assert.Equal(12, store.Summary.Normalized.Succeeded);
        // No newsroom feed is recorded in the corpus: each of the four feeds is a recorded 404.
        var newsroom = store.Summary.Sources.Single(s => s.Source == "newsroom");
        Assert.Equal((0, 4), (newsroom.NewDocuments, newsroom.Failures.Count));
        var warn = store.Summary.Sources.Single(s => s.Source == "warn");
        Assert.Equal(2, warn.NewDocuments);
        Assert.Equal(["WARN bln:ca: HTTP 404 Not Found", "WARN bln:or: HTTP 404 Not Found", "WARN bln:tx: HTTP 404 Not Found", "WARN bln:va: HTTP 404 Not Found"], warn.Failures.Order(StringComparer.Ordinal));
        Assert.Equal(0, store.Summary.Normalized.Poisoned);
        var documents = await Documents(storage);
        Assert.Equal(12, documents.Count(d => d.Status == DocumentStatus.Normalized));
        var failed = documents.Where(d => d.Status == DocumentStatus.Failed && d.Ticker != "_warn" && !d.RowKey.StartsWith("feed", StringComparison.Ordinal)).ToList();
        Assert.Equal(sec.Failures.Count, failed.Count);
        Assert.All(failed, d => Assert.Equal("HTTP 404 Not Found", d.Error));
        Assert.All(failed, d => Assert.NotNull(d.NextAttemptAt));
        Assert.Equal(93, failed.Count(d => d.Ticker == "MSFT" && d.Kind == DocumentKinds.SecFiling));
        Assert.Equal(["AMZN", "META", "MSFT"], failed.Where(d => d.Kind == DocumentKinds.SecCompanyFacts).Select(d => d.Ticker).Order(StringComparer.Ordinal));

        // Content-addressed: one blob per distinct document (the listings are archived too).
        var blobs = await BlobNames(storage);
        Assert.Equal(documents.Where(d => d.BlobName is not null).Select(d => d.BlobName).Distinct().Count() + 4, blobs.Count);
        Assert.All(blobs, b => Assert.Matches("^(sec|warn)/[0-9a-f]{64}$", b));
        var meta10K = documents.Single(d => d.Accession == "0001326801-24-000012");
        var properties = (await storage.Raw.GetBlobClient(meta10K.BlobName).GetPropertiesAsync()).Value;
        Assert.Equal(meta10K.Url, properties.Metadata["url"]);
        Assert.True(DateTimeOffset.TryParse(properties.Metadata["fetchedAt"], System.Globalization.CultureInfo.InvariantCulture, out _));
        var archived = (await storage.Raw.GetBlobClient(meta10K.BlobName).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(await File.ReadAllBytesAsync(Fixtures.ReplayFile(meta10K.Url)), archived);
    }

    [Fact]
    public async Task Cycle_ReplayCorpus_StoresTheStatedFactsWithProvenance()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var facts = host.Get<FactReader>();

        var meta = await facts.HeadcountAsync("META", CancellationToken.None);
        var meta2023 = meta.Single(h => h.AsOf == "2023-12-31");
        Assert.Equal(67_317, meta2023.Employees);
        Assert.Equal("0001326801-24-000012", meta2023.Accession);
        Assert.Equal("10-K", meta2023.Form);
        Assert.StartsWith("We had a global workforce of 67,317 employees as of December 31, 2023", meta2023.Sentence, StringComparison.Ordinal);
        Assert.Equal(["2018-03-31", "2019-03-31", "2023-06-30", "2023-12-31"], meta.Select(h => h.AsOf).Order(StringComparer.Ordinal));
        var amazon = Assert.Single(await facts.HeadcountAsync("AMZN", CancellationToken.None));
        Assert.Equal((1_525_000L, true, "FullTimeAndPartTime"), (amazon.Employees, amazon.Approximate, amazon.Scope));
        Assert.Equal([181_798L, 182_381L, 182_502L], (await facts.HeadcountAsync("GOOGL", CancellationToken.None)).Select(h => h.Employees).Order());

        var metaRevenue = (await facts.FinancialsAsync("META", CancellationToken.None))
            .Single(f => f.Metric == "Revenue" && f.PeriodStart == "2023-01-01" && f.PeriodEnd == "2023-12-31");
        Assert.Equal(134_902_000_000d, metaRevenue.Value);
        Assert.Equal(("sec-filing", "0001326801-24-000012"), (metaRevenue.SourceKind, metaRevenue.Accession));
        Assert.Equal("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", metaRevenue.Concept);
        var amazonRevenue = (await facts.FinancialsAsync("AMZN", CancellationToken.None))
            .Single(f => f.Metric == "Revenue" && f.PeriodStart == "2023-01-01" && f.PeriodEnd == "2023-12-31");
        Assert.Equal(574_785_000_000d, amazonRevenue.Value);
        var alphabet = (await facts.FinancialsAsync("GOOGL", CancellationToken.None))
            .Where(f => f.Metric == "Revenue" && f.PeriodStart == "2023-01-01" && f.PeriodEnd == "2023-12-31")
            .ToList();
        var fromCompanyFacts = alphabet.Single(f => f.SourceKind == DocumentKinds.SecCompanyFacts);
        Assert.Equal(307_394_000_000d, fromCompanyFacts.Value);
        // Cited to the filing that last reported it (Alphabet's FY2025 10-K), not to the company-facts JSON.
        Assert.Equal("https://www.sec.gov/Archives/edgar/data/1652044/000165204426000018/0001652044-26-000018-index.html", fromCompanyFacts.Url);
        Assert.Equal("0001652044-26-000018", fromCompanyFacts.Accession);
        Assert.Equal("10-K", fromCompanyFacts.Form);
        Assert.Equal(fromCompanyFacts.Value, alphabet.Single(f => f.SourceKind == DocumentKinds.SecFiling).Value);
    }

    [Fact]
    public async Task Cycle_ReplayCorpus_BenchmarksCiteTheirInputs()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var rows = await host.Get<BenchmarkStore>().QueryAsync(["META", "AMZN", "MSFT"], 2023, 2023, CancellationToken.None);

        var meta = rows.Single(r => r.Ticker == "META");
        Assert.Equal(67_317m, meta.Metrics[BenchmarkMetrics.Employees].Value);
        Assert.Equal(Math.Round(134_902_000_000m / 67_317m, 0), meta.Metrics[BenchmarkMetrics.RevenuePerEmployee].Value);
        Assert.Equal("end-of-year headcount (start unknown)", meta.PerEmployeeBasis);
        Assert.Equal(Math.Round(46_751_000_000m / 134_902_000_000m * 100m, 2), meta.Metrics[BenchmarkMetrics.OperatingMargin].Value);
        Assert.Contains(meta.Metrics[BenchmarkMetrics.RevenuePerEmployee].Sources, s => s.Quote.StartsWith("We had a global workforce of 67,317", StringComparison.Ordinal));
        Assert.Contains(meta.Metrics[BenchmarkMetrics.RevenuePerEmployee].Sources, s => s.Quote == "XBRL us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax 2023-01-01..2023-12-31");

        var amazon = rows.Single(r => r.Ticker == "AMZN");
        Assert.Equal(Math.Round(574_785_000_000m / 1_525_000m, 0), amazon.Metrics[BenchmarkMetrics.RevenuePerEmployee].Value);
        Assert.Equal("FullTimeAndPartTime", amazon.EmployeesScope);
        Assert.Null(amazon.Metrics[BenchmarkMetrics.RndExpense].Value);
        Assert.Contains("RndExpense", amazon.Metrics[BenchmarkMetrics.RndExpense].Note, StringComparison.Ordinal);

        // Microsoft's documents are not in the corpus: its FY2023 row exists (its WARN notices) but states no figure
        // it cannot cite — nulls with reasons, never zeros.
        var msft = rows.Single(r => r.Ticker == "MSFT");
        Assert.Null(msft.Metrics[BenchmarkMetrics.Revenue].Value);
        Assert.Null(msft.Metrics[BenchmarkMetrics.LayoffsAnnounced].Value);
        Assert.Contains("WARN", msft.Metrics[BenchmarkMetrics.LayoffsAnnounced].Note, StringComparison.Ordinal);
        Assert.All(rows.SelectMany(r => r.Metrics.Values).Where(c => c.Value is not null), c => Assert.NotEmpty(c.Sources));
    }

    [Fact]
    public async Task Cycle_ReplayCorpus_ExportsLatestAndDatedCsv()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var storage = host.Get<TrackerStorage>();
        var rows = await host.Get<BenchmarkStore>().QueryAsync(["META", "GOOGL", "MSFT", "AMZN"], null, null, CancellationToken.None);

        var latest = storage.Exports.GetBlobClient(store.Summary.Export["benchmarks"].LatestBlob);
        var dated = storage.Exports.GetBlobClient(store.Summary.Export["benchmarks"].DatedBlob);
        Assert.Equal("benchmarks/latest.csv", store.Summary.Export["benchmarks"].LatestBlob);
        Assert.Matches(@"^benchmarks/\d{4}-\d{2}-\d{2}\.csv$", store.Summary.Export["benchmarks"].DatedBlob);
        var bytes = (await latest.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(bytes, (await dated.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("text/csv; charset=utf-8", (await latest.GetPropertiesAsync()).Value.ContentType);
        Assert.Equal(BenchmarkCsv.Write(rows), bytes);

        var lines = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Count + 1, lines.Length);
        Assert.StartsWith("ticker,fiscalYear,periodStart,periodEnd,employeesAsOf", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("META,2023,2023-01-01,2023-12-31,2023-12-31,Employees,", StringComparison.Ordinal));
    }

    private static async Task<List<DocumentRecord>> Documents(TrackerStorage storage)
    {
        var rows = new List<DocumentRecord>();
        await foreach (var row in storage.Documents.QueryAsync<DocumentRecord>())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<List<string>> BlobNames(TrackerStorage storage)
    {
        var names = new List<string>();
        await foreach (BlobItem blob in storage.Raw.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
