using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

/// <summary>Per feed (partition = source, row = ticker): validators for conditional requests and the last run.</summary>
public sealed class CheckpointRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? ValidatorETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public string? BlobName { get; set; }
    public string? Sha256 { get; set; }
    public DateTimeOffset? LastSuccess { get; set; }
    public DateTimeOffset? LastChange { get; set; }
}
