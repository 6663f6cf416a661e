using System.Text;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Exports;

/// <summary>
/// Each export of the shared replay cycle, byte for byte against tests/IndustryTracker.Tests/Exports/Golden/&lt;dataset&gt;.csv.
/// The CSVs hold no generation time or today's date (only the dated file name does), so they are reproducible.
/// INDUSTRYTRACKER_REGENERATE=1 rewrites the golden files.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GoldenExportTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Datasets => ["benchmarks", "layoffs", "warn", "headcount", "financials"];

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Export_ReplayCorpus_MatchesGoldenFile(string dataset)
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var export = store.Summary.Export[dataset];
        var exports = host.Get<TrackerStorage>().Exports;

        var latest = (await exports.GetBlobClient(export.LatestBlob).DownloadContentAsync()).Value.Content.ToArray();
        var dated = (await exports.GetBlobClient(export.DatedBlob).DownloadContentAsync()).Value.Content.ToArray();
        var golden = Regenerate.CommittedOrRewrite(Path.Combine(Fixtures.RepoRoot, "tests", "IndustryTracker.Tests", "Exports", "Golden", dataset + ".csv"), latest);

        Assert.Equal(latest, dated);
        Assert.True(golden.SequenceEqual(latest), $"exports/{export.LatestBlob} differs from Golden/{dataset}.csv at line {FirstDifference(golden, latest)}; if the change is intended, rerun with INDUSTRYTRACKER_REGENERATE=1 and review the diff.");
        Assert.Equal(export.Rows + 1, Lines(latest).Length);
    }

    private static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static int FirstDifference(byte[] expected, byte[] actual)
    {
        var (e, a) = (Lines(expected), Lines(actual));
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        return i + 1;
    }
}
