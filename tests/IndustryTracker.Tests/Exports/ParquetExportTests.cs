using System.Text.Json;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;
using IndustryTracker.Tests.Support;
using Parquet;
using Parquet.Schema;

namespace IndustryTracker.Tests.Exports;

/// <summary>The Parquet files read back with the library that writes them: rows, column names and types, values.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ParquetExportTests(AzuriteFixture azurite)
{
    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    [Fact]
    public async Task WarnParquet_ReplayCorpus_HasTheCsvsRowsColumnsTypesAndValues()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var blob = host.Get<TrackerStorage>().Exports.GetBlobClient(store.Summary.Export["warn"].ParquetLatestBlob);
        await using var stream = new MemoryStream((await blob.DownloadContentAsync()).Value.Content.ToArray());

        await using var reader = await ParquetReader.CreateAsync(stream, ReadOptions);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);

        Assert.Equal(1, reader.RowGroupCount);
        Assert.Equal(137, group.RowCount);
        Assert.Equal(WarnCsv.Dataset.Header, fields.Select(f => f.Name));
        Assert.Equal(typeof(long), Field(fields, "workers").ClrType);
        Assert.Equal(typeof(DateOnly), Field(fields, "received").ClrType);
        Assert.Equal(typeof(bool), Field(fields, "temporary").ClrType);
        Assert.All(fields, f => Assert.True(f.IsNullable));

        // The first row in export order: Microsoft's 2004 Redmond notice, row 38 of Washington's file.
        var employers = await Strings(group, Field(fields, "employer"), 137);
        var workers = await Values<long>(group, Field(fields, "workers"), 137);
        var received = await Values<DateOnly>(group, Field(fields, "received"), 137);
        var sourceRows = await Values<long>(group, Field(fields, "sourceRow"), 137);
        Assert.Equal(("Microsoft", 67L, new DateOnly(2004, 8, 23), 38L), (employers[0], workers[0], received[0], sourceRows[0]));
        Assert.Equal(received.Order(), received);
        Assert.Equal(new DateOnly(2026, 8, 31), received.Max());
    }

    [Fact]
    public async Task BenchmarksParquet_ReplayCorpus_MetricsAreDoublesAndMetadataDescribesColumns()
    {
        var store = await azurite.IngestedAsync();
        await using var host = await TrackerTestHost.StartAsync(store.CopySettings());
        var blob = host.Get<TrackerStorage>().Exports.GetBlobClient(store.Summary.Export["benchmarks"].ParquetLatestBlob);
        await using var stream = new MemoryStream((await blob.DownloadContentAsync()).Value.Content.ToArray());

        await using var reader = await ParquetReader.CreateAsync(stream, ReadOptions);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var tickers = await Strings(group, Field(fields, "ticker"), rows);
        var years = await Values<long>(group, Field(fields, "fiscalYear"), rows);
        var revenue = await Values<double>(group, Field(fields, "revenue"), rows);
        var employees = await Values<long>(group, Field(fields, "employees"), rows);

        Assert.Equal(34, rows);
        Assert.Equal(BenchmarkCsv.Header, fields.Select(f => f.Name));
        Assert.Equal(typeof(double), Field(fields, "operatingMargin").ClrType);
        var meta2023 = Enumerable.Range(0, rows).Single(i => tickers[i] == "META" && years[i] == 2023);
        Assert.Equal((134_902_000_000d, 67_317L), (revenue[meta2023], employees[meta2023]));
        var msft = Enumerable.Range(0, rows).First(i => tickers[i] == "MSFT");
        Assert.Null(revenue[msft]);

        using var metadata = JsonDocument.Parse(reader.CustomMetadata[ParquetDataset.MetadataKey]);
        Assert.Equal("benchmarks", metadata.RootElement.GetProperty("dataset").GetString());
        var column = metadata.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "revenuePerEmployee");
        Assert.Equal("USD per employee", column.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task HeadcountParquet_FormulaLikeText_IsStoredAsWrittenWithTypedColumns()
    {
        // Parquet is not opened by a spreadsheet: text is stored as the source wrote it, no apostrophe.
        var view = new HeadcountView("META", "2023-12-31", 67317, true, "Employees", "=1+1 employees", "https://example.test/10k.htm", null, "10-K");

        var bytes = await HeadcountCsv.Dataset.WriteParquetAsync([view], CancellationToken.None);

        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes), ReadOptions);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(1, group.RowCount);
        Assert.Equal("=1+1 employees", (await Strings(group, Field(fields, "sentence"), 1))[0]);
        Assert.Null((await Strings(group, Field(fields, "accession"), 1))[0]);
        Assert.Equal(new DateOnly(2023, 12, 31), (await Values<DateOnly>(group, Field(fields, "asOf"), 1))[0]);
        Assert.Equal(67317L, (await Values<long>(group, Field(fields, "employees"), 1))[0]);
        Assert.True((await Values<bool>(group, Field(fields, "approximate"), 1))[0]);
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<T?[]> Values<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values;
    }
}
