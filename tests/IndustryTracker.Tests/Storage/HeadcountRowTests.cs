using System.Text.Json;
using Azure.Data.Tables;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Storage.Entities;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Storage;

/// <summary>A headcount whose date was resolved from the fiscal calendar keeps saying so through the table row and the API shape.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HeadcountRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ResolvedAsOf_StoredOnAzuriteAndServed_KeepsItsResolution()
    {
        // NVIDIA 10-K for fiscal 2024 (see HeadcountPhrasingTests): the date is the cover page's period end.
        var statement = new HeadcountStatement(new DateOnly(2024, 1, 28), 29_600, true, EmployeeScope.Employees,
            "As of the end of fiscal year 2024, we had approximately 29,600 employees in 36 countries.", "fiscal year end from dei:DocumentPeriodEndDate");
        var source = new Provenance("sec-filing", "https://www.sec.gov/Archives/edgar/data/1045810/000104581024000029/nvda-20240128.htm",
            "0001045810-24-000029", "10-K", new DateOnly(2024, 2, 21), "doc");
        var table = new TableClient(azurite.ConnectionString, "hc" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateIfNotExistsAsync();
        var row = HeadcountEntity.From(new HeadcountFact("NVDA", statement, source));
        await table.UpsertEntityAsync(row);

        var stored = (await table.GetEntityAsync<HeadcountEntity>(row.PartitionKey, row.RowKey)).Value;
        var served = JsonSerializer.SerializeToElement(HeadcountView.From(stored), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(("2024-01-28", 29_600L, "fiscal year end from dei:DocumentPeriodEndDate"), (stored.AsOf, stored.Employees, stored.AsOfResolved));
        Assert.Equal("fiscal year end from dei:DocumentPeriodEndDate", served.GetProperty("asOfResolved").GetString());
        await table.DeleteAsync();
    }
}
