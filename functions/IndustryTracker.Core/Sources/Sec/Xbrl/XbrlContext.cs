namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>A resolved <c>xbrli:context</c>: its period (Start is null for an instant) and whether it has dimensions.</summary>
internal sealed record XbrlContext(string Id, DateOnly? Start, DateOnly End, bool HasDimensions);
