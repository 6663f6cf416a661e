namespace IndustryTracker.Core.Facts;

/// <summary>
/// A metric's value for one period, chosen from XBRL facts, with the concept it came from. Accession, form,
/// filed date and frame are set when it came from company facts; inline facts carry the document's provenance elsewhere.
/// </summary>
public sealed record MetricValue(
    Metric Metric,
    string Concept,
    DateOnly? PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string Unit,
    string? Accession,
    string? Form,
    DateOnly? Filed,
    string? Frame);
