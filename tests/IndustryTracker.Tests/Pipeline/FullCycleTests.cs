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

        var lines = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Count + 1, lines.Length);
        Assert.StartsWith("ticker,fiscalYear,periodStart,periodEnd,employeesAsOf", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("META,2023,2023-01-01,2023-12-31,2023-12-31,Employees,", StringComparison.Ordinal));

        // Read back by an independent CSV reader, not by the writer that made it: the cells a reader sees, from the filings.
        var csv = ReadCsv(bytes);
        Assert.Equal(34, csv.Count);
        rows = [.. rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.FiscalYear)];
        Assert.Equal(rows.Select(r => (r.Ticker, r.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture))), csv.Select(r => (r["ticker"], r["fiscalYear"])));
        var meta2023 = csv.Single(r => r["ticker"] == "META" && r["fiscalYear"] == "2023");
        Assert.Equal(
            ("134902000000", "67317", "2003981", "46751000000", "34.66", "39098000000", "10000", "1"),
            (meta2023["revenue"], meta2023["employees"], meta2023["revenuePerEmployee"], meta2023["operatingIncome"], meta2023["operatingMargin"], meta2023["netIncome"], meta2023["layoffsAnnounced"], meta2023["layoffRounds"]));
        Assert.Equal(
            "10-K 0001326801-24-000012 https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm \"XBRL us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax 2023-01-01..2023-12-31\"",
            meta2023["revenueSources"]);
        Assert.Equal(
            "10-K 0001326801-24-000012 https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm \"We had a global workforce of 67,317 employees as of December 31, 2023, and we have offices in approximately 90 cities around the world.\"",
            meta2023["employeesSources"]);
        var meta2022 = csv.Single(r => r["ticker"] == "META" && r["fiscalYear"] == "2022");
        Assert.Equal(("116609000000", "", "no headcount statement as of the period end (2022-12-31)", "11000"), (meta2022["revenue"], meta2022["employees"], meta2022["employeesNote"], meta2022["layoffsAnnounced"]));
        var amzn2023 = csv.Single(r => r["ticker"] == "AMZN" && r["fiscalYear"] == "2023");
        Assert.Equal(
            ("574785000000", "1525000", "FullTimeAndPartTime", "approximate", "376908", "6.41", "34576"),
            (amzn2023["revenue"], amzn2023["employees"], amzn2023["employeesScope"], amzn2023["employeesNote"], amzn2023["revenuePerEmployee"], amzn2023["operatingMargin"], amzn2023["capexPerEmployee"]));
        var googl2022 = csv.Single(r => r["ticker"] == "GOOGL" && r["fiscalYear"] == "2022");
        Assert.Equal(("282836000000", "74842000000", "26.46", "13.97"), (googl2022["revenue"], googl2022["operatingIncome"], googl2022["operatingMargin"], googl2022["rndIntensity"]));
        var msft2023 = csv.Single(r => r["ticker"] == "MSFT" && r["fiscalYear"] == "2023");
        Assert.Equal(("2022-07-01", "2023-06-30", "", "needs revenue"), (msft2023["periodStart"], msft2023["periodEnd"], msft2023["revenue"], msft2023["revenuePerEmployeeNote"]));

        // Every stored value appears in its cell as the invariant number it is (counts as whole numbers), empty (never 0) when missing.
        foreach (var (row, cells) in rows.Zip(csv))
        {
            foreach (var (metric, cell) in row.Metrics)
            {
                var expected = cell.Value is not { } value ? string.Empty
                    : BenchmarkMetricColumns.Of(metric).Type == ColumnType.Integer ? ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(expected, cells[metric]);
            }
        }
    }

    /// <summary>The CSV read back by CsvHelper (BOM skipped, quotes undone): one dictionary of header → cell per row.</summary>
    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = global::CsvHelper.CsvReader.Create(new MemoryStream(bytes, 3, bytes.Length - 3), new global::CsvHelper.CsvReaderOptions { HasHeader = true });
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        for (var guard = 0; reader.Read(); guard++)
        {
            Assert.True(guard < 10_000, "more rows than any export of the replay corpus");
            rows.Add(header.Select((name, i) => (name, reader.GetString(i))).ToDictionary(c => c.name, c => c.Item2, StringComparer.Ordinal));
        }

        return rows;
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
