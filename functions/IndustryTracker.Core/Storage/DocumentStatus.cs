namespace IndustryTracker.Core.Storage;

public static class DocumentStatus
{
    /// <summary>Fetched and in Blob; a work item is queued.</summary>
    public const string Archived = "archived";

    /// <summary>Parsed; its facts are in the tables.</summary>
    public const string Normalized = "normalized";

    /// <summary>
    /// Parsed and its facts stored, but some figures it states were refused as implausible (see
    /// <see cref="Facts.Plausibility"/>): <see cref="DocumentRecord.Rejections"/> says which and why. Listed by
    /// <c>tracker documents --rejected</c> and counted in /api/health, so a refused figure is never silently lost.
    /// </summary>
    public const string NormalizedWithRejections = "normalized with rejections";

    /// <summary>The fetch failed; retried on a later run after <c>NextAttemptAt</c>.</summary>
    public const string Failed = "failed";

    /// <summary>Parsing failed on every attempt; the reason is kept and the work item is in the poison queue.</summary>
    public const string Quarantined = "quarantined";
}
