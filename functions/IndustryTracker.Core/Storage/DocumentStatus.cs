namespace IndustryTracker.Core.Storage;

public static class DocumentStatus
{
    /// <summary>Fetched and in Blob; a work item is queued.</summary>
    public const string Archived = "archived";

    /// <summary>Parsed; its facts are in the tables.</summary>
    public const string Normalized = "normalized";

    /// <summary>The fetch failed; retried on a later run after <c>NextAttemptAt</c>.</summary>
    public const string Failed = "failed";

    /// <summary>Parsing failed on every attempt; the reason is kept and the work item is in the poison queue.</summary>
    public const string Quarantined = "quarantined";
}
