namespace IndustryTracker.Core.Api;

public sealed record FeedHealth(string Feed, string Key, DateTimeOffset? LastSuccess, DateTimeOffset? LastChange);
