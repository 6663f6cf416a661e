using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

/// <summary>Reads of the documents table for people: which documents exist, and which had figures refused.</summary>
public sealed class DocumentRegistry(TrackerStorage storage)
{
    /// <summary>
    /// Every document (or only those <see cref="DocumentStatus.NormalizedWithRejections"/>), of the given companies or
    /// all; WARN files are listed under their own partition, "_warn". Ordered by company, then document key.
    /// </summary>
    public async Task<IReadOnlyList<DocumentRecord>> ListAsync(bool rejectedOnly, IReadOnlySet<string>? tickers, CancellationToken cancellationToken)
    {
        var rows = new List<DocumentRecord>();
        var query = rejectedOnly
            ? storage.Documents.QueryAsync<DocumentRecord>(d => d.Status == DocumentStatus.NormalizedWithRejections, cancellationToken: cancellationToken)
            : storage.Documents.QueryAsync<DocumentRecord>(cancellationToken: cancellationToken);
        await foreach (var row in query)
        {
            if (tickers is null || tickers.Contains(row.PartitionKey))
            {
                rows.Add(row);
            }
        }

        return [.. rows.OrderBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal)];
    }

    /// <summary>How many documents had figures refused; reads only their keys.</summary>
    public async Task<int> CountRejectedAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        var filter = TableClient.CreateQueryFilter<DocumentRecord>(d => d.Status == DocumentStatus.NormalizedWithRejections);
        await foreach (var _ in storage.Documents.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
