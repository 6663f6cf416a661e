namespace IndustryTracker.Core.Comparisons;

/// <summary>What a comparison asks for: companies, years, annual or quarterly periods, fiscal or calendar alignment, metrics.</summary>
public sealed record ComparisonQuery(
    IReadOnlyList<string> Tickers,
    int? From,
    int? To,
    bool Quarterly,
    bool Calendar,
    IReadOnlyList<string> Metrics);
