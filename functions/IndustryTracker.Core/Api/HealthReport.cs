namespace IndustryTracker.Core.Api;

public sealed record HealthReport(string Status, bool StorageReachable, DateTimeOffset CheckedAt, IReadOnlyList<FeedHealth> Feeds);
