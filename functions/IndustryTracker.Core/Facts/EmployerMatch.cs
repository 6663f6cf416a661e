namespace IndustryTracker.Core.Facts;

/// <summary>A WARN employer matched to a tracked company; <see cref="Subsidiary"/> when it is a labelled unit (e.g. "Amazon Fresh").</summary>
public sealed record EmployerMatch(string Ticker, bool Subsidiary, string MatchedAlias);
