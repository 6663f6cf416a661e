using System.Globalization;
using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>Row of the headcount table: partition = ticker, row = as-of, scope, count and filing.</summary>
public sealed class HeadcountEntity : ITableEntity, IDocumentFact
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AsOf { get; set; } = "";
    public long Employees { get; set; }
    public bool Approximate { get; set; }
    public string Scope { get; set; } = "";
    public string Sentence { get; set; } = "";

    /// <summary>Null when the filing states the as-of date; otherwise how it was resolved (see <see cref="HeadcountStatement.AsOfResolved"/>).</summary>
    public string? AsOfResolved { get; set; }
    public string SourceKind { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Accession { get; set; }
    public string? Form { get; set; }
    public string? FilingDate { get; set; }
    public string DocumentKey { get; set; } = "";

    public static HeadcountEntity From(HeadcountFact fact)
    {
        var s = fact.Statement;
        var asOf = s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new HeadcountEntity
        {
            PartitionKey = fact.Ticker,
            RowKey = TableKeys.Escape($"{asOf}_{s.Scope}_{s.Employees.ToString(CultureInfo.InvariantCulture)}_{fact.Source.Accession ?? fact.Source.DocumentKey}"),
            AsOf = asOf,
            Employees = s.Employees,
            Approximate = s.Approximate,
            Scope = s.Scope.ToString(),
            Sentence = s.Sentence,
            AsOfResolved = s.AsOfResolved,
            SourceKind = fact.Source.SourceKind,
            Url = fact.Source.Url,
            Accession = fact.Source.Accession,
            Form = fact.Source.Form,
            FilingDate = fact.Source.FilingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DocumentKey = fact.Source.DocumentKey,
        };
    }
}
