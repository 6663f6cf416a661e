using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

/// <summary>The last run of one collector (partition "source", row = source name), for freshness reports.</summary>
public sealed class RunRecord : ITableEntity
{
    public const string Partition = "source";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>The last run in which the source answered at all (not every request failed).</summary>
    public DateTimeOffset? LastSuccessAt { get; set; }
    public int LastRequests { get; set; }
    public int LastNewDocuments { get; set; }
    public int LastFailures { get; set; }
    public string? NewestDocument { get; set; }
}
