using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>The headcounts a text states, and the dated counts refused as implausible, with their reasons.</summary>
public sealed record HeadcountRead(IReadOnlyList<HeadcountStatement> Statements, IReadOnlyList<Rejection> Rejected);
