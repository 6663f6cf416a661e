using Azure.Data.Tables;
using Azure.Storage.Blobs;
using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Sources.Sec;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Issue 13, the fetch path: one hostile item (a URL too long for a table key, a host that does not resolve, a
/// response far too big) is that item's recorded failure; the run goes on and every stage runs.
/// Every hostile input is written by the test into its own temporary overlay.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileFetchTests(AzuriteFixture azurite) : IDisposable
{
    private const string MetaFeed = "https://about.fb.com/news/feed/";
    private const string LegitArticle = "https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/";

    // Microsoft's FY2023 10-K: listed in the recorded submissions, absent from the recorded corpus, so an overlay can answer it.
    private const string MsftTenK = "https://www.sec.gov/Archives/edgar/data/789019/000095017023035122/msft-20230630.htm";

    private readonly string _overlay = Directory.CreateTempSubdirectory("it-hostile-fetch-").FullName;

    public void Dispose()
    {
        if (Directory.Exists(_overlay))
        {
            Directory.Delete(_overlay, recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_FeedItemWithOverlongUrl_IsThatItemsFailureAndTheOlderArticleIsCollected()
    {
        // The newest item links to a ~1,100-character URL on the feed's own (allowed) host; its page is not served,
        // so it fails as a 404 and that failure has to be recorded under a key that fits in Table Storage.
        var longUrl = "https://about.fb.com/news/2023/04/" + string.Join('/', Enumerable.Range(0, 5).Select(i => new string((char)('a' + i), 210))) + "/";
        Assert.InRange(longUrl.Length, 1_080, 1_120);
        WriteOverlayFile(MetaFeed, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>hostile test feed</title><link>https://about.fb.com/news/</link>
            <item><title>Overlong</title><link>{longUrl}</link><guid isPermaLink="false">long</guid><pubDate>Mon, 03 Apr 2023 09:00:00 GMT</pubDate></item>
            <item><title>Year of Efficiency</title><link>{LegitArticle}</link><guid isPermaLink="false">legit</guid><pubDate>Tue, 14 Mar 2023 16:05:00 GMT</pubDate></item>
            </channel></rss>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Newsroom/TestData/pages/meta-2023-03-14.html"), OverlayPath(LegitArticle));
        var settings = TestStorage.Settings(azurite.ConnectionString);
        var environment = settings.Where(s => s.Key != "Replay:Directory").ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        string[] args = ["ingest", "--replay", $"{Fixtures.Replay};{_overlay}", "--company", "META"];

        var first = await TrackerProcess.RunAsync(args, environment);

        Assert.True(first.ExitCode == 4, $"exit {first.ExitCode}: {first.Stderr}");
        Assert.Matches(@"newsroom\s+requests\s+3\s+unchanged\s+0\s+new documents\s+1\s+failures\s+1", first.Stdout);
        Assert.Matches(@"normalize\s+documents\s+\d+", first.Stdout);
        Assert.Contains("export     benchmarks", first.Stdout, StringComparison.Ordinal);
        var rows = await NewsroomRowsAsync(settings);
        var failed = Assert.Single(rows, r => r.Url == longUrl);
        Assert.Equal((DocumentStatus.Failed, "HTTP 404 Not Found", 1), (failed.Status, failed.Error, failed.FetchAttempts));
        Assert.True(failed.RowKey.Length <= TableKeys.MaxLength, $"row key of {failed.RowKey.Length} characters");
        var legit = Assert.Single(rows, r => r.Url == LegitArticle);
        Assert.Equal(DocumentStatus.Normalized, legit.Status);

        var second = await TrackerProcess.RunAsync(args, environment);

        // The feed is unchanged (its checkpoint was saved after its items were dealt with); the failed article waits
        // for its retry time; the collected one stays collected.
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {second.Stderr}");
        Assert.Matches(@"newsroom\s+requests\s+1\s+unchanged\s+1\s+new documents\s+0\s+failures\s+0\s+deferred\s+1", second.Stdout);
        var after = await NewsroomRowsAsync(settings);
        Assert.Equal(
            [(LegitArticle, DocumentStatus.Normalized), (longUrl, DocumentStatus.Failed)],
            after.Where(r => r.Kind == DocumentKinds.NewsroomArticle).Select(r => (r.Url, r.Status)).Order());

        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 1: overlong feed item URL",
            Injected: $"newest feed item links to a {longUrl.Length}-character URL on the feed's host, then a legitimate older item",
            Times: 1,
            Expected: "exit 4 (completed with failures), every stage runs, the long item recorded as failed, the older article collected; a second run loses nothing",
            Observed: $"exit {first.ExitCode} then {second.ExitCode}; failed row key {failed.RowKey.Length} chars, error '{failed.Error}'; legit article {legit.Status}",
            DocumentsArchived: after.Count(r => r.Kind == DocumentKinds.NewsroomArticle && r.BlobName is not null)));
    }

    [Fact]
    public async Task Collect_FeedItemUrlTooBigForAnEntity_IsCountedAsThatItemsFailure()
    {
        // A 40,000-character link: its registry row (the URL is a column) is more than Table Storage holds.
        var hugeUrl = "https://about.fb.com/news/" + new string('h', 40_000);
        WriteOverlayFile(MetaFeed, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>hostile test feed</title><link>https://about.fb.com/news/</link>
            <item><title>Huge</title><link>{hugeUrl}</link><guid isPermaLink="false">huge</guid><pubDate>Mon, 03 Apr 2023 09:00:00 GMT</pubDate></item>
            <item><title>Year of Efficiency</title><link>{LegitArticle}</link><guid isPermaLink="false">legit</guid><pubDate>Tue, 14 Mar 2023 16:05:00 GMT</pubDate></item>
            </channel></rss>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Newsroom/TestData/pages/meta-2023-03-14.html"), OverlayPath(LegitArticle));
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = $"{Fixtures.Replay};{_overlay}";
        await using var host = await TrackerTestHost.StartAsync(settings);
        await host.Get<TrackerStorage>().EnsureCreatedAsync(CancellationToken.None);

        var summary = await host.Get<Core.Sources.Newsroom.NewsroomCollector>().CollectAsync(["META"], progress: null, CancellationToken.None);

        var failure = Assert.Single(summary.Failures);
        Assert.StartsWith("META article https://about.fb.com/news/hhhh", failure, StringComparison.Ordinal);
        Assert.EndsWith(": storage refused this document's data: HTTP 400 PropertyValueTooLarge", failure, StringComparison.Ordinal);
        Assert.Equal(1, summary.NewDocuments);
        Assert.Single(await RowsAsync(settings, "META"), r => r.Url == LegitArticle && r.Status == DocumentStatus.Archived);

        // With no row to hold its failure, the item holds back its feed's checkpoint: the next run reads the feed
        // again and tries the item again, rather than taking the feed as unchanged and losing it.
        var next = await host.Get<Core.Sources.Newsroom.NewsroomCollector>().CollectAsync(["META"], progress: null, CancellationToken.None);

        Assert.Equal((2, 1, 0, 1), (next.Requests, next.Unchanged, next.NewDocuments, next.Failures.Count));
    }

    [Fact]
    public async Task Collect_RunStoppedWhileFetchingAFeedsArticle_NextRunStillCollectsIt()
    {
        WriteOverlayFile(MetaFeed, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>test feed</title><link>https://about.fb.com/news/</link>
            <item><title>Year of Efficiency</title><link>{LegitArticle}</link><guid isPermaLink="false">legit</guid><pubDate>Tue, 14 Mar 2023 16:05:00 GMT</pubDate></item>
            </channel></rss>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Newsroom/TestData/pages/meta-2023-03-14.html"), OverlayPath(LegitArticle));
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = $"{Fixtures.Replay};{_overlay}";
        using var stop = new CancellationTokenSource();
        // The run is stopped (a host shutting down, a timer's time limit) just as the article is requested.
        await using var host = await TrackerTestHost.StartAsync(settings, services => services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new StopAtHandler(new Uri(LegitArticle), stop))));
        await host.Get<TrackerStorage>().EnsureCreatedAsync(CancellationToken.None);
        var collector = host.Get<Core.Sources.Newsroom.NewsroomCollector>();

        var stopped = await Record.ExceptionAsync(() => collector.CollectAsync(["META"], progress: null, stop.Token));
        var next = await collector.CollectAsync(["META"], progress: null, CancellationToken.None);

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal((2, 0, 1, 0), (next.Requests, next.Unchanged, next.NewDocuments, next.Failures.Count));
        var article = Assert.Single(await RowsAsync(settings, "META"), r => r.Url == LegitArticle);
        Assert.Equal(DocumentStatus.Archived, article.Status);

        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 1b: run stopped between a feed and its article",
            Injected: "the run cancelled as the feed's only article is requested",
            Times: 1,
            Expected: "the feed's checkpoint is not saved, so the next run re-reads the feed and collects the article",
            Observed: $"stopped with {stopped!.GetType().Name}; next run: {next.Requests} requests, {next.Unchanged} unchanged, {next.NewDocuments} new, article {article.Status}",
            DocumentsArchived: next.NewDocuments));
    }

    [Fact]
    public async Task Collect_LiveHostThatDoesNotResolve_IsARecordedFetchFailureNotAnException()
    {
        // Live mode (no replay): the outbound guard resolves every name itself. RFC 6761 reserves .invalid, so the
        // name never resolves and nothing reaches the internet.
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings.Remove("Replay:Directory");
        settings["Sec:UserAgent"] = "IndustryTracker tests tests@example.org";
        settings["Sec:DataBaseUrl"] = "https://nonexistent.invalid/";
        settings["Sec:ArchivesBaseUrl"] = "https://nonexistent.invalid/";
        settings["Sec:AllowedHosts:0"] = "nonexistent.invalid";
        settings["Sec:RetryDelay"] = "00:00:00.010";
        await using var host = await TrackerTestHost.StartAsync(settings);
        await host.Get<TrackerStorage>().EnsureCreatedAsync(CancellationToken.None);

        var summary = await host.Get<SecCollector>().CollectAsync(["AMZN"], progress: null, CancellationToken.None);

        Assert.Equal((2, 0), (summary.Requests, summary.NewDocuments));
        Assert.Equal(2, summary.Failures.Count);
        var rows = await RowsAsync(settings, "AMZN");
        Assert.Equal(["companyfacts", "submissions"], rows.Select(r => r.RowKey).Order());
        Assert.All(rows, r => Assert.Equal((DocumentStatus.Failed, 1), (r.Status, r.FetchAttempts)));
        Assert.All(rows, r => Assert.Contains("'nonexistent.invalid' does not resolve", r.Error, StringComparison.Ordinal));

        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 2: unresolvable host (live mode)",
            Injected: "SEC's hosts set to nonexistent.invalid (RFC 6761: never resolves), outbound address checks on",
            Times: summary.Requests,
            Expected: "each request a recorded fetch failure with its reason, retried later; no exception",
            Observed: $"{summary.Failures.Count} failures recorded, {rows.Count} failed rows, error '{rows[0].Error}'",
            DocumentsArchived: summary.NewDocuments));
    }

    [Fact]
    public async Task Collect_100MbResponseWhereAFilingShouldBe_IsNotArchivedAndIsRecordedWithTheCap()
    {
        // A 100 MB answer at Microsoft's 10-K: an HTML start and end around a sparse middle (no disk or memory used to write it).
        const long size = 100L * 1024 * 1024;
        using (var file = new FileStream(OverlayPath(MsftTenK), FileMode.CreateNew))
        {
            // Shaped to pass the filing checks (the Commission named on the cover, the markup closed) so only its size is wrong.
            file.Write("<html><head><title>10-K</title></head><body><p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>"u8);
            file.Seek(size - "</body></html>".Length, SeekOrigin.Begin);
            file.Write("</body></html>"u8);
        }

        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = $"{Fixtures.Replay};{_overlay}";
        settings["Sec:MaxRequestsPerSecond"] = "1000";
        await using var host = await TrackerTestHost.StartAsync(settings);
        await host.Get<TrackerStorage>().EnsureCreatedAsync(CancellationToken.None);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var summary = await host.Get<SecCollector>().CollectAsync(["MSFT"], progress: null, CancellationToken.None);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var row = Assert.Single(await RowsAsync(settings, "MSFT"), r => r.Url == MsftTenK);
        Assert.Equal((DocumentStatus.Failed, "response exceeds 50 MB", null), (row.Status, row.Error, row.BlobName));
        Assert.Contains(summary.Failures, f => f.EndsWith("0000950170-23-035122: response exceeds 50 MB", StringComparison.Ordinal));
        var container = new BlobContainerClient(azurite.ConnectionString, settings["RawContainer"]);
        var largest = 0L;
        await foreach (var blob in container.GetBlobsAsync())
        {
            largest = Math.Max(largest, blob.Properties.ContentLength ?? 0);
        }

        Assert.True(largest < 10 * 1024 * 1024, $"largest archived blob {largest} bytes");

        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 6: 100 MB response where a filing should be",
            Injected: "a 100 MB file at Microsoft's FY2023 10-K URL in a replay overlay",
            Times: 1,
            Expected: "not archived; the filing recorded as failed with 'response exceeds 50 MB'; memory bounded by the cap",
            Observed: $"status {row.Status}, error '{row.Error}', largest archived blob {largest:N0} bytes, {allocated / (1024 * 1024):N0} MB allocated by the whole collection (process-wide)",
            DocumentsArchived: summary.NewDocuments));
    }

    [Theory]
    [InlineData("Sec:MaxFilingMegabytes", "0")]
    [InlineData("Sec:MaxCompanyDataMegabytes", "2000")]
    [InlineData("Warn:MaxFileMegabytes", "0")]
    [InlineData("Newsroom:MaxFeedMegabytes", "-1")]
    [InlineData("Newsroom:MaxArticleMegabytes", "0")]
    public async Task Start_SizeLimitOutOfRange_FailsNamingTheSetting(string setting, string value)
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings[setting] = value;

        var thrown = await Record.ExceptionAsync(() => TrackerTestHost.StartAsync(settings));

        // WARN and newsroom settings are read while the clients' pipelines are built at start, which wraps the failure.
        var failure = thrown is AggregateException all
            ? Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(all.InnerExceptions[0])
            : Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(thrown);
        Assert.Contains(setting.Split(':')[1], failure.Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 1024", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NewsroomSizeLimitZero_ExitsAsAConfigurationError()
    {
        var environment = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["Newsroom__MaxArticleMegabytes"] = "0" };

        var result = await TrackerProcess.RunAsync(["ingest", "--replay", Fixtures.Replay], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("The field MaxArticleMegabytes must be between 1 and 1024.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_100MbBodyWithoutContentLength_StopsReadingAtTheCap()
    {
        // A server that never says how big its answer is (chunked): the cap has to hold while the body streams.
        const long size = 100L * 1024 * 1024;
        const long cap = 1024 * 1024;
        var body = new GeneratedStream(size);
        using var http = new HttpClient(new StreamingHandler(body));

        var fetched = await HttpFetch.GetAsync(http, new Uri("https://www.sec.gov/Archives/big.htm"), Validators.None, cap, CancellationToken.None);

        Assert.Equal((false, "response exceeds 1 MB"), (fetched.IsOk, fetched.Error));
        // Read stops within one chunk of the cap: memory is bounded by the cap, not by what the server sends.
        Assert.InRange(body.Served, cap, cap + (128 * 1024));
        Assert.True(body.Disposed, "the response body was not released");

        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 6b: oversize body without Content-Length",
            Injected: "a 100 MB body streamed without a declared length, cap 1 MB",
            Times: 1,
            Expected: "failed fetch 'response exceeds 1 MB', reading stops at the cap",
            Observed: $"error '{fetched.Error}', {body.Served:N0} of {size:N0} bytes read"));
    }

    private async Task<List<DocumentRecord>> RowsAsync(IReadOnlyDictionary<string, string?> settings, string ticker)
    {
        var table = new TableClient(azurite.ConnectionString, settings["DocumentsTable"]);
        var rows = new List<DocumentRecord>();
        await foreach (var row in table.QueryAsync<DocumentRecord>(TableClient.CreateQueryFilter<DocumentRecord>(d => d.PartitionKey == ticker)))
        {
            rows.Add(row);
        }

        return rows;
    }

    private void WriteOverlayFile(string url, string text)
    {
        File.WriteAllText(OverlayPath(url), text);
    }

    private string OverlayPath(string url)
    {
        var path = ReplayPaths.FileFor(_overlay, new Uri(url))!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private async Task<List<DocumentRecord>> NewsroomRowsAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var table = new TableClient(azurite.ConnectionString, settings["DocumentsTable"]);
        var rows = new List<DocumentRecord>();
        await foreach (var row in table.QueryAsync<DocumentRecord>(TableClient.CreateQueryFilter<DocumentRecord>(d => d.PartitionKey == "META")))
        {
            if (row.Kind is DocumentKinds.NewsroomArticle or "newsroom-feed")
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Answers every request with one body, with no Content-Length (as a chunked response).</summary>
    private sealed class StreamingHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request, Content = content });
        }
    }

    /// <summary>A non-seekable stream of <c>length</c> bytes made up as they are read, counting what was read.</summary>
    private sealed class GeneratedStream(long length) : Stream
    {
        public long Served { get; private set; }

        public bool Disposed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            Array.Fill(buffer, (byte)'x', offset, n);
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>Stops the run (cancels its token) when one URL is requested, once, as a shutdown arriving at that moment would.</summary>
    private sealed class StopAtHandler(Uri url, CancellationTokenSource stop) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri == url && !stop.IsCancellationRequested)
            {
                stop.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
