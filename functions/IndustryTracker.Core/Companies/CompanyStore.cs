using Azure.Data.Tables;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Companies;

/// <summary>
/// The <c>companies</c> table: the companies added by ticker. Every run starts with <see cref="RefreshAsync"/>, so a
/// company added on any machine is collected by the next run everywhere, without a redeploy.
/// </summary>
public sealed class CompanyStore(TrackerStorage storage, CompanyCatalog catalog)
{
    /// <summary>Reads the table and makes the catalog the seeds merged with it; one partition query.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken) => catalog.Merge(await ListAsync(cancellationToken));

    public async Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<Company>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CompanyEntity.Partition}");
        await foreach (var row in storage.Companies.QueryAsync<CompanyEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row.ToCompany());
        }

        return rows;
    }

    public async Task<Company?> GetAsync(string ticker, CancellationToken cancellationToken)
    {
        var row = await storage.Companies.GetEntityIfExistsAsync<CompanyEntity>(CompanyEntity.Partition, TableKeys.Escape(ticker), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToCompany() : null;
    }

    public Task SaveAsync(Company company, DateTimeOffset addedAt, CancellationToken cancellationToken) =>
        storage.Companies.UpsertEntityAsync(CompanyEntity.From(company, addedAt), TableUpdateMode.Replace, cancellationToken);

    /// <returns>Whether a row was there to delete.</returns>
    public async Task<bool> DeleteAsync(string ticker, CancellationToken cancellationToken)
    {
        var response = await storage.Companies.DeleteEntityAsync(CompanyEntity.Partition, TableKeys.Escape(ticker), Azure.ETag.All, cancellationToken);
        return response.Status != 404;
    }
}
