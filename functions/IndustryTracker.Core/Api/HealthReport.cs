namespace IndustryTracker.Core.Api;

/// <summary>
/// The service's health: "ok", "degraded" (storage answers but a source is stale — still 200) or "unavailable"
/// (storage unreachable — 503).
/// </summary>
public sealed record HealthReport(string Status, bool StorageReachable, DateTimeOffset CheckedAt, IReadOnlyList<SourceFreshness> Sources);
