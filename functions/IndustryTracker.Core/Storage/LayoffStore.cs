using System.Text.Json;
using Azure.Data.Tables;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Storage;

/// <summary>Reconciled layoff events, one partition per company, rebuilt whole by each recompute.</summary>
public sealed class LayoffStore(TrackerStorage storage)
{
    public async Task ReplaceAsync(string ticker, IReadOnlyList<LayoffEvent> events, CancellationToken cancellationToken)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        foreach (var e in events)
        {
            var entity = new LayoffEventEntity
            {
                PartitionKey = ticker,
                RowKey = TableKeys.Escape(e.Id),
                AnnouncedStart = e.AnnouncedFrom,
                Event = JsonSerializer.Serialize(e, BenchmarkStore.Json),
            };
            keep.Add(entity.RowKey);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker}");
        await foreach (var existing in storage.Layoffs.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(existing.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ticker, existing.RowKey)));
            }
        }

        foreach (var batch in actions.Chunk(100))
        {
            await storage.Layoffs.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <param name="from">First announcement date (inclusive, yyyy-MM-dd), or null.</param>
    /// <param name="to">Last announcement date (inclusive, yyyy-MM-dd), or null.</param>
    public async Task<IReadOnlyList<LayoffEvent>> QueryAsync(IEnumerable<string> tickers, string? from, string? to, CancellationToken cancellationToken)
    {
        var events = new List<LayoffEvent>();
        var low = from ?? "0000-00-00";
        var high = to ?? "9999-99-99";
        foreach (var ticker in tickers)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker} and AnnouncedStart ge {low} and AnnouncedStart le {high}");
            await foreach (var entity in storage.Layoffs.QueryAsync<LayoffEventEntity>(filter, cancellationToken: cancellationToken))
            {
                events.Add(JsonSerializer.Deserialize<LayoffEvent>(entity.Event, BenchmarkStore.Json)!);
            }
        }

        return events.OrderBy(e => e.AnnouncedFrom, StringComparer.Ordinal).ThenBy(e => e.Ticker, StringComparer.Ordinal).ToList();
    }
}
