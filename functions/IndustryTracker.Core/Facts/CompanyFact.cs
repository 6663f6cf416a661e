namespace IndustryTracker.Core.Facts;

/// <summary>One value of SEC's company-facts JSON, with the filing that reported it.</summary>
public sealed record CompanyFact(
    string Concept,
    string Unit,
    DateOnly? PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string Accession,
    string Form,
    DateOnly Filed,
    string? Frame);
