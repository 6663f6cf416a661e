using System.Globalization;
using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>Row of the financials table: partition = ticker, row = metric, period and source document.</summary>
public sealed class FinancialEntity : ITableEntity, IDocumentFact
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Metric { get; set; } = "";
    public string Concept { get; set; } = "";
    public string? PeriodStart { get; set; }
    public string PeriodEnd { get; set; } = "";

    /// <summary>Whole currency units are exact in a double up to 2^53 (9 quadrillion), far above any reported figure.</summary>
    public double Value { get; set; }
    public string Unit { get; set; } = "";
    public string SourceKind { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Accession { get; set; }
    public string? Form { get; set; }
    public string? Filed { get; set; }
    public string? Frame { get; set; }
    public string DocumentKey { get; set; } = "";

    public static FinancialEntity From(FinancialFact fact)
    {
        var v = fact.Value;
        var start = v.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = v.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var accession = v.Accession ?? fact.Source.Accession;
        return new FinancialEntity
        {
            PartitionKey = fact.Ticker,
            RowKey = TableKeys.Escape($"{v.Metric}_{start}_{end}_{fact.Source.SourceKind}_{fact.Source.Accession ?? "all"}"),
            Metric = v.Metric.ToString(),
            Concept = v.Concept,
            PeriodStart = start,
            PeriodEnd = end,
            Value = (double)v.Value,
            Unit = v.Unit,
            SourceKind = fact.Source.SourceKind,
            Url = fact.Source.Url,
            Accession = accession,
            Form = v.Form ?? fact.Source.Form,
            Filed = (v.Filed ?? fact.Source.FilingDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Frame = v.Frame,
            DocumentKey = fact.Source.DocumentKey,
        };
    }
}
