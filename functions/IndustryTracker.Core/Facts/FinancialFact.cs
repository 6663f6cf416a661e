namespace IndustryTracker.Core.Facts;

/// <summary>A metric value with its document. For company facts, <see cref="MetricValue.Accession"/> names the filing that reported the value.</summary>
public sealed record FinancialFact(string Ticker, MetricValue Value, Provenance Source);
