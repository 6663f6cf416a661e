using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Storage;

/// <summary>Precomputed benchmark rows, read by the API and the export with partition queries only.</summary>
public sealed class BenchmarkStore(TrackerStorage storage)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ReplaceAsync(string ticker, IReadOnlyList<BenchmarkRow> rows, CancellationToken cancellationToken)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        foreach (var row in rows)
        {
            var entity = new BenchmarkEntity
            {
                PartitionKey = ticker,
                RowKey = RowKeyFor(row.FiscalYear),
                FiscalYear = row.FiscalYear,
                Row = JsonSerializer.Serialize(row, Json),
            };
            keep.Add(entity.RowKey);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ticker}");
        await foreach (var existing in storage.Benchmarks.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(existing.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ticker, existing.RowKey)));
            }
        }

        foreach (var batch in actions.Chunk(100))
        {
            await storage.Benchmarks.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<BenchmarkRow>> QueryAsync(IEnumerable<string> tickers, int? from, int? to, CancellationToken cancellationToken)
    {
        var rows = new List<BenchmarkRow>();
        foreach (var ticker in tickers)
        {
            var low = from ?? int.MinValue;
            var high = to ?? int.MaxValue;
            var filter = TableClient.CreateQueryFilter<BenchmarkEntity>(e => e.PartitionKey == ticker && e.FiscalYear >= low && e.FiscalYear <= high);
            await foreach (var entity in storage.Benchmarks.QueryAsync<BenchmarkEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(JsonSerializer.Deserialize<BenchmarkRow>(entity.Row, Json)!);
            }
        }

        return rows;
    }

    private static string RowKeyFor(int fiscalYear) => "FY" + fiscalYear.ToString("D4", CultureInfo.InvariantCulture);
}
