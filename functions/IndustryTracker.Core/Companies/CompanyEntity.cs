using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace IndustryTracker.Core.Companies;

/// <summary>A company added by ticker, as a row of the <c>companies</c> table (one partition; row = ticker).</summary>
public sealed class CompanyEntity : ITableEntity
{
    public const string Partition = "company";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public long Cik { get; set; }
    public string Name { get; set; } = "";
    public string FiscalYearEnd { get; set; } = "";

    /// <summary>JSON arrays: Table Storage has no list type.</summary>
    public string Aliases { get; set; } = "[]";
    public string FormerNames { get; set; } = "[]";
    public string NewsroomFeeds { get; set; } = "[]";

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>The first day of the history collected (midnight UTC); null: Sec:Since.</summary>
    public DateTimeOffset? HistorySince { get; set; }

    public static CompanyEntity From(Company company, DateTimeOffset addedAt) => new()
    {
        RowKey = company.Ticker,
        Cik = company.Cik,
        Name = company.Name,
        FiscalYearEnd = company.FiscalYearEnd,
        Aliases = JsonSerializer.Serialize(company.Aliases),
        FormerNames = JsonSerializer.Serialize(company.FormerNames),
        NewsroomFeeds = JsonSerializer.Serialize(company.NewsroomFeeds),
        AddedAt = addedAt,
        HistorySince = company.HistorySince is { } since ? new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
    };

    public Company ToCompany() => new(RowKey, Cik, Name, FiscalYearEnd, List(Aliases), List(NewsroomFeeds))
    {
        FormerNames = List(FormerNames),
        Origin = CompanyOrigins.Added,
        HistorySince = HistorySince is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null,
    };

    private static string[] List(string json) => string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
