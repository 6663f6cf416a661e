namespace IndustryTracker.Core.Facts;

/// <summary>One entry of an RSS 2.0 or Atom feed.</summary>
public sealed record FeedItem(string Id, string Title, Uri Link, DateTimeOffset? Published);
