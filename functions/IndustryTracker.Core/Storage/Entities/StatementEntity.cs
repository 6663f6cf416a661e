using System.Globalization;
using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>Row of the statements table: partition = ticker, row = source document and position in it.</summary>
public sealed class StatementEntity : ITableEntity, IDocumentFact
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public long? Count { get; set; }
    public string? Qualifier { get; set; }
    public double? PercentOfWorkforce { get; set; }
    public string? AnnouncedOn { get; set; }
    public string? AnnouncedPrecision { get; set; }
    public string? AnnouncedFiscal { get; set; }
    public string? TimeFrame { get; set; }
    public double? ChargesUsd { get; set; }
    public bool IncludesEarlierReductions { get; set; }
    public string Sentence { get; set; } = "";
    public string SourceKind { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Accession { get; set; }
    public string? Form { get; set; }
    public string DocumentDate { get; set; } = "";
    public string DocumentKey { get; set; } = "";

    public static StatementEntity From(StatementEvidence e, int index)
    {
        var s = e.Statement;
        return new StatementEntity
        {
            PartitionKey = e.Ticker,
            RowKey = TableKeys.Escape($"{e.Source.DocumentKey}_{index.ToString("D3", CultureInfo.InvariantCulture)}"),
            Kind = s.Kind.ToString(),
            Count = s.Count,
            Qualifier = s.Qualifier?.ToString(),
            PercentOfWorkforce = (double?)s.PercentOfWorkforce,
            AnnouncedOn = s.AnnouncedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AnnouncedPrecision = s.AnnouncedPrecision?.ToString(),
            AnnouncedFiscal = s.AnnouncedFiscal?.ToString(),
            TimeFrame = s.TimeFrame,
            ChargesUsd = (double?)s.ChargesUsd,
            IncludesEarlierReductions = s.IncludesEarlierReductions,
            Sentence = s.Sentence,
            SourceKind = e.Source.SourceKind,
            Url = e.Source.Url,
            Accession = e.Source.Accession,
            Form = e.Source.Form,
            DocumentDate = e.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DocumentKey = e.Source.DocumentKey,
        };
    }

    public StatementEvidence ToEvidence()
    {
        var statement = new WorkforceStatement(
            Enum.Parse<StatementKind>(Kind),
            Count,
            Qualifier is null ? null : Enum.Parse<CountQualifier>(Qualifier),
            (decimal?)PercentOfWorkforce,
            AnnouncedOn is null ? null : Date(AnnouncedOn),
            AnnouncedPrecision is null ? null : Enum.Parse<DatePrecision>(AnnouncedPrecision),
            TimeFrame,
            (decimal?)ChargesUsd,
            IncludesEarlierReductions,
            Sentence,
            AnnouncedFiscal is null ? null : FiscalQuarter.Parse(AnnouncedFiscal));
        var date = Date(DocumentDate);
        return new StatementEvidence(PartitionKey, statement, new Provenance(SourceKind, Url, Accession, Form, date, DocumentKey), date);
    }

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
