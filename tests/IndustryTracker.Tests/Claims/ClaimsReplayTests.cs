using System.Text.Json;
using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Claims;

[Collection(AzuriteCollection.Name)]
public sealed class ClaimsReplayTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EvaluateAsync_CorpusOnly_Dump()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await ClaimsHost.StartAsync(store.Settings);
        var verdicts = await host.Claims.EvaluateAsync(CancellationToken.None);
        await File.WriteAllTextAsync("/tmp/verdicts-corpus.json", JsonSerializer.Serialize(verdicts, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));

        using var overlay = new NewsroomOverlay();
        var settings = TestStorage.Settings(azurite.ConnectionString);
        settings["Replay:Directory"] = overlay.ReplayDirectories;
        await using (var ingest = await TrackerTestHost.StartAsync(settings))
        {
            await ingest.Get<IngestCycle>().RunAsync(null, null, null, CancellationToken.None);
        }

        await using var host2 = await ClaimsHost.StartAsync(settings);
        var v2 = await host2.Claims.EvaluateAsync(CancellationToken.None);
        await File.WriteAllTextAsync("/tmp/verdicts-overlay.json", JsonSerializer.Serialize(v2, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    }
}
