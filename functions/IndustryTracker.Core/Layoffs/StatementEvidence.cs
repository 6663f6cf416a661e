using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>A workforce statement with the document it came from and that document's own date.</summary>
public sealed record StatementEvidence(string Ticker, WorkforceStatement Statement, Provenance Source, DateOnly DocumentDate)
{
    /// <summary>Filings outrank newsroom posts when choosing an event's headline.</summary>
    public bool FromFiling => Source.SourceKind.StartsWith("sec-", StringComparison.Ordinal);

    /// <summary>Set when an editor added the statement (a secondary source): who published it, who added it and when.</summary>
    public EditorAttribution? Editor { get; init; }
}

/// <summary>An editor statement's attribution, served with it so it is always shown as what it is.</summary>
public sealed record EditorAttribution(string Publisher, string AddedBy, DateTimeOffset AddedAt);
