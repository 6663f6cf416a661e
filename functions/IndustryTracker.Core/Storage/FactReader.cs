using Azure.Data.Tables;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Storage;

/// <summary>Reads one company's stored facts (a partition query per table, never a scan).</summary>
public sealed class FactReader(TrackerStorage storage)
{
    public Task<List<HeadcountEntity>> HeadcountAsync(string ticker, CancellationToken cancellationToken) =>
        ReadPartitionAsync<HeadcountEntity>(storage.Headcount, ticker, cancellationToken);

    public Task<List<FinancialEntity>> FinancialsAsync(string ticker, CancellationToken cancellationToken) =>
        ReadPartitionAsync<FinancialEntity>(storage.Financials, ticker, cancellationToken);

    public Task<List<StatementEntity>> StatementsAsync(string ticker, CancellationToken cancellationToken) =>
        ReadPartitionAsync<StatementEntity>(storage.Statements, ticker, cancellationToken);

    public Task<List<WarnEntity>> WarnAsync(string ticker, CancellationToken cancellationToken) =>
        ReadPartitionAsync<WarnEntity>(storage.Warn, ticker, cancellationToken);

    private static async Task<List<T>> ReadPartitionAsync<T>(TableClient table, string ticker, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var rows = new List<T>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker}");
        await foreach (var row in table.QueryAsync<T>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
