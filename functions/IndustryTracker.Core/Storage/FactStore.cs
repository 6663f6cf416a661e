using Azure.Data.Tables;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// Writes a document's facts so that writing them again changes nothing: deterministic keys, upsert-replace,
/// and removal of rows the document no longer yields (after a parser fix).
/// </summary>
public static class FactStore
{
    private const int MaxBatch = 100;

    public static async Task<int> ReplaceDocumentFactsAsync<T>(TableClient table, string ticker, string documentKey, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, IDocumentFact
    {
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker} and DocumentKey eq {documentKey}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(row.RowKey))
            {
                stale.Add(row.RowKey);
            }
        }

        var actions = rows
            .DistinctBy(r => r.RowKey)
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(stale.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ticker, key))));
        foreach (var batch in actions.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }

        return keep.Count;
    }
}
