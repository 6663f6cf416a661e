using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Storage;

/// <summary>The registry row of one source document: where it came from, what it holds, what happened to it.</summary>
public sealed class DocumentRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Ticker { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Accession { get; set; }
    public string? Form { get; set; }
    public DateTime? ReportDate { get; set; }
    public DateTime? FilingDate { get; set; }
    public string Status { get; set; } = "";
    public string? Sha256 { get; set; }
    public string? BlobName { get; set; }
    public DateTimeOffset? FetchedAt { get; set; }
    public int FetchAttempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? Error { get; set; }
    public int? FactsWritten { get; set; }
    public DateTimeOffset? NormalizedAt { get; set; }

    /// <summary>How many figures the last normalization refused as implausible (0 or null: none).</summary>
    public int? RejectionCount { get; set; }

    /// <summary>One line per refused figure: the reason, then the sentence that states it (see <see cref="RejectionText"/>).</summary>
    public string? Rejections { get; set; }
}
