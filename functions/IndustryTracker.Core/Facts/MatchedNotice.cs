namespace IndustryTracker.Core.Facts;

/// <summary>A WARN notice with the tracked company its employer matched, if any.</summary>
public sealed record MatchedNotice(WarnNotice Notice, EmployerMatch? Match);
