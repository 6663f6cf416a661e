using System.Globalization;
using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Statements;

/// <summary>Row of the editor statements table: partition = ticker, row = the statement's id.</summary>
public sealed class EditorStatementEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Date { get; set; } = "";
    public long? Count { get; set; }

    /// <summary>A double holds any percentage a statement gives (one or two decimals) exactly enough to round-trip.</summary>
    public double? PercentOfWorkforce { get; set; }
    public string Url { get; set; } = "";
    public string Quote { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }

    public static EditorStatementEntity From(EditorStatement s) => new()
    {
        PartitionKey = s.Ticker,
        RowKey = TableKeys.Escape(s.Id),
        Date = s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Count = s.Count,
        PercentOfWorkforce = (double?)s.PercentOfWorkforce,
        Url = s.Url,
        Quote = s.Quote,
        Publisher = s.Publisher,
        AddedBy = s.AddedBy,
        AddedAt = s.AddedAt,
    };

    public EditorStatement ToStatement() => new(
        RowKey,
        PartitionKey,
        DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Count,
        (decimal?)PercentOfWorkforce,
        Url,
        Quote,
        Publisher,
        AddedBy,
        AddedAt);
}
