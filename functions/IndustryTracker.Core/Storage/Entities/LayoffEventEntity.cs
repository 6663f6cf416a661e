using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>Row of the layoffs table: partition = ticker, row = event id; the event itself as JSON.</summary>
public sealed class LayoffEventEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The window start (yyyy-MM-dd), for date-range filters.</summary>
    public string AnnouncedStart { get; set; } = "";
    public string Event { get; set; } = "";
}
