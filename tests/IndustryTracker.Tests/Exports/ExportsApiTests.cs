using IndustryTracker.Core.Api;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Tests.Exports;

/// <summary>GET /api/exports locally: the manifest's datasets with direct links that download the files.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExportsApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task List_ReplayCorpusLocally_ReturnsEveryDatasetWithDirectLinksThatDownload()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        Assert.IsType<DirectExportLinks>(host.Get<IExportLinks>());

        var result = await host.Get<ExportsApi>().List(null, CancellationToken.None);

        var listing = Assert.IsType<Ok<ExportListing>>(result).Value!;
        Assert.Null(listing.LinksExpireOn);
        Assert.Equal(["benchmarks", "layoffs", "warn", "headcount", "financials"], listing.Datasets.Select(d => d.Name));
        var warn = listing.Datasets.Single(d => d.Name == "warn");
        Assert.Equal((137, new DateOnly(2026, 8, 31)), (warn.Rows, warn.NewestSourceDate));
        Assert.Equal(WarnCsv.Dataset.Header, warn.Columns.Select(c => c.Name));

        var exports = host.Get<TrackerStorage>().Exports;
        Assert.Equal(exports.GetBlobClient("warn/latest.csv").Uri, warn.Csv.Latest);
        Assert.EndsWith("/warn/latest.parquet", warn.Parquet.Latest.AbsolutePath, StringComparison.Ordinal);

        // Anonymous GETs, as a browser would: the links work without credentials.
        using var http = new HttpClient();
        var csv = await http.GetByteArrayAsync(warn.Csv.Latest);
        Assert.Equal((await exports.GetBlobClient("warn/latest.csv").DownloadContentAsync()).Value.Content.ToArray(), csv);
        Assert.Equal(warn.Csv.Bytes, csv.Length);
        var parquet = await http.GetByteArrayAsync(warn.Parquet.Dated);
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        var manifest = ExportManifest.Parse(BinaryData.FromBytes(await http.GetByteArrayAsync(listing.Manifest)));
        Assert.Equal(listing.GeneratedAt, manifest.GeneratedAt);
    }

    [Fact]
    public async Task List_NothingExportedYet_IsNotFoundProblem()
    {
        await using var host = await TrackerTestHost.StartAsync(TestStorage.Settings(azurite.ConnectionString));

        var result = await host.Get<ExportsApi>().List(null, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(404, problem.StatusCode);
        Assert.Contains("tracker export", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
