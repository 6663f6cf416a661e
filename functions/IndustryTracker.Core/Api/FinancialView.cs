using System.Text.Json;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Api;

/// <summary>A financial fact as served and exported (field names are the public schema).</summary>
public sealed record FinancialView(string Ticker, string Metric, string Concept, string? PeriodStart, string PeriodEnd, decimal Value, string Unit, string Source, string Url, string? Accession)
{
    public static FinancialView From(FinancialEntity e) =>
        new(e.PartitionKey, JsonNamingPolicy.CamelCase.ConvertName(e.Metric), e.Concept, e.PeriodStart, e.PeriodEnd, (decimal)e.Value, e.Unit, e.SourceKind, e.Url, e.Accession);
}
