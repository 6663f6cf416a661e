using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Exports;

/// <summary>
/// exports/manifest.json of the shared replay cycle: every dataset, its counts, dates, files and the schema's columns.
/// Read from the blob, not the cycle's summary: another test may export the same store again (same data, later time).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExportManifestTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Manifest_ReplayCorpus_ListsEveryDatasetWithRowsDatesAndFiles()
    {
        var store = await azurite.IngestedAsync();
        var manifest = await ManifestAsync(store);

        Assert.Equal(["benchmarks", "layoffs", "warn", "headcount", "financials"], manifest.Datasets.Select(d => d.Name));
        Assert.Equal(
            [("benchmarks", 34), ("layoffs", 34), ("warn", 137), ("headcount", 8), ("financials", 474)],
            manifest.Datasets.Select(d => (d.Name, d.Rows)));
        Assert.All(manifest.Datasets, d => Assert.Equal(store.Summary.Export[d.Name].Rows, d.Rows));
        Assert.All(manifest.Datasets, d => Assert.Equal(manifest.GeneratedAt, d.GeneratedAt));

        var warn = manifest["warn"];
        var date = ExportDates.Text(DateOnly.FromDateTime(manifest.GeneratedAt.UtcDateTime));
        Assert.Equal(new ManifestFiles("warn/latest.csv", $"warn/{date}.csv", store.Summary.Export["warn"].Bytes), warn.Csv);
        Assert.Equal(("warn/latest.parquet", $"warn/{date}.parquet"), (warn.Parquet.Latest, warn.Parquet.Dated));
        Assert.True(warn.Parquet.Bytes > 0);
    }

    [Fact]
    public async Task Manifest_ReplayCorpus_NewestSourceDateFollowsEachDatasetsRule()
    {
        var manifest = await ManifestAsync(await azurite.IngestedAsync());

        // Headcount: the 10-Ks for 2023 filed 2024-02-02 are the newest filings that state a headcount.
        Assert.Equal(new DateOnly(2024, 2, 2), manifest["headcount"].NewestSourceDate);
        // Financials: Alphabet's company facts carry values filed up to 2026-04-30.
        Assert.Equal(new DateOnly(2026, 4, 30), manifest["financials"].NewestSourceDate);
        // WARN: the newest notice received; layoffs attach it, so their newest source is the same day.
        Assert.Equal(new DateOnly(2026, 8, 31), manifest["warn"].NewestSourceDate);
        Assert.Equal(new DateOnly(2026, 8, 31), manifest["layoffs"].NewestSourceDate);
        // Benchmarks: the newest of the three datasets they are computed from.
        Assert.Equal(new DateOnly(2026, 8, 31), manifest["benchmarks"].NewestSourceDate);
    }

    [Fact]
    public async Task Manifest_ReplayCorpus_ColumnsAreTheSchemasColumns()
    {
        var manifest = await ManifestAsync(await azurite.IngestedAsync());

        foreach (var dataset in ExportDatasets.All)
        {
            var listed = manifest[dataset.Name];
            Assert.Equal(dataset.Description, listed.Description);
            Assert.Equal(dataset.NewestSourceDateRule, listed.NewestSourceDateRule);
            Assert.Equal(dataset.Columns.Select(ManifestColumn.From), listed.Columns);
        }

        Assert.Contains(new ManifestColumn("workers", "integer", "people", "Workers affected, as the notice states."), manifest["warn"].Columns);
        Assert.Contains(manifest["benchmarks"].Columns, c => c is { Name: "revenuePerEmployee", Type: "decimal", Unit: "USD per employee" });
        Assert.Contains(manifest["headcount"].Columns, c => c is { Name: "asOf", Type: "date" });
    }

    private async Task<ExportManifest> ManifestAsync(IngestedStore store)
    {
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var json = (await host.Get<TrackerStorage>().Exports.GetBlobClient(ExportManifest.Blob).DownloadContentAsync()).Value.Content;
        return ExportManifest.Parse(json);
    }
}
