using System.Text;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Corrupted documents in the normalize queue: each ends quarantined with its reason after the configured attempts,
/// the worker never crashes, and the good document queued among them is normalized.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PoisonTests(AzuriteFixture azurite)
{
    private const string Meta10K = "https://www.sec.gov/Archives/edgar/data/1326801/000132680124000012/meta-20231231.htm";

    [Fact]
    public async Task Drain_CorruptedDocuments_AreQuarantinedWithReasonsAndTheGoodOneIsNormalized()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["MaxDequeueCount"] = "2";
        settings["MaxDocumentMegabytes"] = "50";
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        var real = await File.ReadAllBytesAsync(Fixtures.ReplayFile(Meta10K));
        var random = new Random(5);
        var binary = new byte[200_000];
        random.NextBytes(binary);
        var deep = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "We had 5 employees." + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>");
        var badContext = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(real).Replace("<xbrli:startDate>2023-01-01</xbrli:startDate>", "<xbrli:startDate>not-a-date</xbrli:startDate>", StringComparison.Ordinal));
        var huge = new byte[51 * 1024 * 1024];
        var documents = new (string Key, byte[] Bytes, string Expected)[]
        {
            ("truncated", real[..(real.Length / 2)], "truncated"),
            ("binary", binary, "truncated or not an HTML filing"),
            ("bad-context", badContext, "not-a-date"),
            ("huge", huge, "over the 50 MB limit"),
            ("deep", deep, ""),
            ("good", real, ""),
        };
        foreach (var (key, bytes, _) in documents)
        {
            await QueueAsync(host, storage, key, bytes);
        }

        var result = await host.Get<QueueDrainer>().DrainAsync(storage.Normalize, storage.NormalizePoison, 2, 2, host.Get<Normalizer>().HandleAsync, CancellationToken.None);

        Assert.Equal((2, 4), (result.Succeeded, result.Poisoned));
        Assert.Equal(4, (await storage.NormalizePoison.ReceiveMessagesAsync(32)).Value.Length);
        foreach (var (key, _, expected) in documents)
        {
            var row = (await storage.Documents.GetEntityAsync<DocumentRecord>("META", key)).Value;
            if (expected.Length == 0)
            {
                Assert.Equal(DocumentStatus.Normalized, row.Status);
            }
            else
            {
                Assert.Equal(DocumentStatus.Quarantined, row.Status);
                Assert.Contains(expected, row.Error, StringComparison.Ordinal);
            }
        }

        // The good 10-K's facts are stored, none of the quarantined documents' are.
        var headcount = await TableSnapshot.TakeAsync(storage.Headcount);
        Assert.Contains(headcount, r => r.Contains("Employees=67317", StringComparison.Ordinal) && r.Contains("DocumentKey=good", StringComparison.Ordinal));
        Assert.DoesNotContain(headcount, r => r.Contains("DocumentKey=truncated", StringComparison.Ordinal) || r.Contains("DocumentKey=bad-context", StringComparison.Ordinal));
        ReliabilityResults.Record("poison", new IndustryTracker.Cli.Reliability.ReliabilityObservation(
            "poison documents",
            "a truncated 10-K, 200 KB of binary, a malformed XBRL context, a 51 MB document, 10,000-deep nesting, and one good 10-K; MaxDequeueCount 2",
            documents.Length,
            "the corrupted ones quarantined with a reason after the retries; no crash; the others normalized",
            $"{result.Poisoned} quarantined with reasons, {result.Succeeded} normalized (the deep one has no facts), {result.FailedAttempts} failed attempts",
            DocumentsArchived: documents.Length,
            Facts: headcount.Count));
    }

    private static async Task QueueAsync(TrackerTestHost host, TrackerStorage storage, string key, byte[] bytes)
    {
        var sha = RawArchive.Hash(bytes);
        var blob = RawArchive.BlobNameFor("sec", sha);
        await host.Get<RawArchive>().PutAsync(blob, bytes, new Uri(Meta10K), "text/html", DateTimeOffset.UnixEpoch, CancellationToken.None);
        await storage.Documents.UpsertEntityAsync(new DocumentRecord { PartitionKey = "META", RowKey = key, Ticker = "META", Kind = DocumentKinds.SecFiling, Status = DocumentStatus.Archived, Url = Meta10K, Form = "10-K" });
        var item = new NormalizeWorkItem("META", key, DocumentKinds.SecFiling, Meta10K, blob, sha, "0001326801-24-000012", "10-K", new DateOnly(2023, 12, 31), new DateOnly(2024, 2, 2));
        await storage.Normalize.SendMessageAsync(item.ToJson());
    }
}
