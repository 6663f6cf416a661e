namespace IndustryTracker.Core.Api;

/// <summary>
/// The service's health: "ok", "degraded" (storage answers but a source is stale — still 200) or "unavailable"
/// (storage unreachable — 503). <see cref="RejectedDocuments"/> counts documents normalized with figures refused as
/// implausible (listed by <c>tracker documents --rejected</c>); they do not degrade the status, as nothing is stale.
/// </summary>
public sealed record HealthReport(string Status, bool StorageReachable, DateTimeOffset CheckedAt, IReadOnlyList<SourceFreshness> Sources, int RejectedDocuments = 0);
