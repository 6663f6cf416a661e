namespace IndustryTracker.Core.Facts;

/// <summary>
/// One numeric XBRL fact: a concept (prefixed, e.g. <c>us-gaap:Revenues</c>) over a period.
/// <see cref="PeriodStart"/> is null for instant facts. <see cref="Value"/> already has scale and sign applied.
/// </summary>
public sealed record XbrlFact(
    string Concept,
    DateOnly? PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string Unit,
    bool HasDimensions);
