using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;
using IndustryTracker.Tests.Warn;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Issue 13 row 4 through the pipeline: a zip-bomb EDD workbook (written by the test) served at the EDD URL is a failed
/// fetch with its reason, never archived; one already in the archive is quarantined with its reason, never read.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileWorkbookTests(AzuriteFixture azurite)
{
    private const string BombReason = "the workbook inflates ";

    [Fact]
    public async Task Collect_ZipBombAtTheEddUrl_IsAFailedFetchWithItsReasonAndNotArchived()
    {
        var overlay = Path.Combine(Path.GetTempPath(), "industrytracker-bomb-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var path = ReplayPaths.FileFor(overlay, new Uri(HostileWorkbook.EddUrl))!;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, HostileWorkbook.Bomb(64));
            var settings = TestStorage.Settings(azurite.ConnectionString);
            settings["Replay:Directory"] = $"{overlay};{Fixtures.Replay}";
            await using var host = await TrackerTestHost.StartAsync(settings);

            var summary = await host.Get<WarnCollector>().CollectAsync(null, CancellationToken.None);

            var row = (await host.Get<TrackerStorage>().Documents.GetEntityAsync<DocumentRecord>(WarnCollector.Partition, "ca-edd")).Value;
            Assert.Equal((DocumentStatus.Failed, (string?)null), (row.Status, row.BlobName));
            Assert.StartsWith($"rejected {DocumentKinds.WarnCaEdd}: {BombReason}", row.Error, StringComparison.Ordinal);
            Assert.Contains("(Warn:Workbook:MaxCompressionRatio)", row.Error, StringComparison.Ordinal);
            // Washington's export is collected as usual beside it.
            Assert.Equal(1, summary.NewDocuments);
        }
        finally
        {
            Directory.Delete(overlay, recursive: true);
        }
    }

    [Fact]
    public async Task Normalize_ArchivedZipBomb_IsQuarantinedWithItsReasonWithoutReadingIt()
    {
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["MaxDequeueCount"] = "2";
        await using var host = await TrackerTestHost.StartAsync(settings);
        var storage = host.Get<TrackerStorage>();
        var bomb = HostileWorkbook.Bomb(64);
        var sha = RawArchive.Hash(bomb);
        var blob = RawArchive.BlobNameFor("warn", sha);
        await host.Get<RawArchive>().PutAsync(blob, bomb, new Uri(HostileWorkbook.EddUrl), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DateTimeOffset.UnixEpoch, CancellationToken.None);
        await storage.Documents.UpsertEntityAsync(new DocumentRecord { PartitionKey = WarnCollector.Partition, RowKey = "ca-edd", Ticker = WarnCollector.Partition, Kind = DocumentKinds.WarnCaEdd, Status = DocumentStatus.Archived, Url = HostileWorkbook.EddUrl, Form = "CA", BlobName = blob, Sha256 = sha });
        await storage.Normalize.SendMessageAsync(new NormalizeWorkItem(WarnCollector.Partition, "ca-edd", DocumentKinds.WarnCaEdd, HostileWorkbook.EddUrl, blob, sha, null, "CA", null, null).ToJson());

        var result = await host.Get<QueueDrainer>().DrainAsync(storage.Normalize, storage.NormalizePoison, 2, 1, host.Get<Normalizer>().HandleAsync, CancellationToken.None);

        var row = (await storage.Documents.GetEntityAsync<DocumentRecord>(WarnCollector.Partition, "ca-edd")).Value;
        Assert.Equal((0, 2, 1), (result.Succeeded, result.FailedAttempts, result.Poisoned));
        Assert.Equal(DocumentStatus.Quarantined, row.Status);
        Assert.StartsWith($"FormatException: EDD WARN report refused before reading: {BombReason}", row.Error, StringComparison.Ordinal);
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            "hostile 4: zip-bomb workbook in the pipeline",
            $"a {bomb.Length / 1024} KB EDD workbook inflating to 64 MB (test-written), served at the EDD URL and, separately, already archived",
            2,
            "the fetch fails with the reason and archives nothing; the archived copy is quarantined with the reason; no OutOfMemoryException",
            $"archived copy: {result.FailedAttempts} failed attempts, {result.Poisoned} quarantined: \"{row.Error}\"",
            DocumentsArchived: 1,
            Facts: 0));
    }
}
