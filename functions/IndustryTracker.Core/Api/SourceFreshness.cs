namespace IndustryTracker.Core.Api;

/// <summary>One collector's freshness: its last run and last success, the newest document it archived, and whether it is stale.</summary>
public sealed record SourceFreshness(
    string Source,
    string Schedule,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    string? NewestDocument,
    bool Stale,
    string? Reason);
