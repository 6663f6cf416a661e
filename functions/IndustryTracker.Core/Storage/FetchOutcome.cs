namespace IndustryTracker.Core.Storage;

public enum FetchOutcome
{
    New,
    Unchanged,
    Failed,
    Deferred,
}
