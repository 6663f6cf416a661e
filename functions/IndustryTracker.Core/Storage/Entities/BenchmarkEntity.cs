using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>Row of the benchmarks table: partition = ticker, row = fiscal year; the row itself as JSON.</summary>
public sealed class BenchmarkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int FiscalYear { get; set; }
    public string Row { get; set; } = "";
}
