using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>A workforce statement with the document it came from and that document's own date.</summary>
public sealed record StatementEvidence(string Ticker, WorkforceStatement Statement, Provenance Source, DateOnly DocumentDate)
{
    /// <summary>Filings outrank newsroom posts when choosing an event's headline.</summary>
    public bool FromFiling => Source.SourceKind.StartsWith("sec-", StringComparison.Ordinal);
}
