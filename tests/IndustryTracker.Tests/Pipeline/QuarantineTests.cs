using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Pipeline;

/// <summary>A document that cannot be parsed ends in the poison queue, marked quarantined with its reason, and blocks nothing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QuarantineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Drain_UnparseableCompanyFacts_IsPoisonedAfterMaxAttemptsAndQuarantined()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["MaxDequeueCount"] = "3";
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        var archive = host.Get<RawArchive>();

        // Test data: company facts whose value is a string where SEC serves a number.
        var bad = """{"cik":1,"facts":{"us-gaap":{"Revenues":{"units":{"USD":[{"start":"2023-01-01","end":"2023-12-31","val":"lots","accn":"0000000001-24-000001","form":"10-K","filed":"2024-02-01"}]}}}}}"""u8.ToArray();
        var good = """{"cik":1,"facts":{"us-gaap":{"Revenues":{"units":{"USD":[{"start":"2023-01-01","end":"2023-12-31","val":5000,"accn":"0000000001-24-000001","form":"10-K","filed":"2024-02-01"}]}}}}}"""u8.ToArray();
        foreach (var (ticker, bytes) in new[] { ("META", bad), ("AMZN", good) })
        {
            var sha = RawArchive.Hash(bytes);
            var blob = RawArchive.BlobNameFor("sec", sha);
            await archive.PutAsync(blob, bytes, new Uri("https://data.sec.gov/test.json"), "application/json", DateTimeOffset.UtcNow, CancellationToken.None);
            await storage.Documents.UpsertEntityAsync(new DocumentRecord { PartitionKey = ticker, RowKey = "companyfacts", Ticker = ticker, Kind = DocumentKinds.SecCompanyFacts, Status = DocumentStatus.Archived, Url = "https://data.sec.gov/test.json" });
            var item = new NormalizeWorkItem(ticker, "companyfacts", DocumentKinds.SecCompanyFacts, "https://data.sec.gov/test.json", blob, sha, null, null, null, null);
            await storage.Normalize.SendMessageAsync(item.ToJson());
        }

        var result = await host.Get<QueueDrainer>().DrainAsync(storage.Normalize, storage.NormalizePoison, 3, 1, host.Get<Normalizer>().HandleAsync, CancellationToken.None);

        Assert.Equal(new DrainResult(Succeeded: 1, FailedAttempts: 3, Poisoned: 1), result);
        var poisoned = Assert.Single((await storage.NormalizePoison.ReceiveMessagesAsync(32)).Value);
        Assert.Equal("META", NormalizeWorkItem.FromJson(poisoned.MessageText).Ticker);
        var meta = (await storage.Documents.GetEntityAsync<DocumentRecord>("META", "companyfacts")).Value;
        Assert.Equal(DocumentStatus.Quarantined, meta.Status);
        Assert.Contains("Revenues", meta.Error, StringComparison.Ordinal);
        var amazon = (await storage.Documents.GetEntityAsync<DocumentRecord>("AMZN", "companyfacts")).Value;
        Assert.Equal((DocumentStatus.Normalized, 1), (amazon.Status, amazon.FactsWritten));
        var financials = await TableSnapshot.TakeAsync(storage.Financials);
        Assert.DoesNotContain(financials, row => row.Contains("PartitionKey=META", StringComparison.Ordinal));
        Assert.Single(financials, row => row.Contains("PartitionKey=AMZN", StringComparison.Ordinal));
    }
}
