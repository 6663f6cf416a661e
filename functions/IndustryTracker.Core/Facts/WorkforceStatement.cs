namespace IndustryTracker.Core.Facts;

/// <summary>
/// One workforce-reduction or severance statement found in a document, with the sentence that states it.
/// <see cref="AnnouncedOn"/> is the date the text gives for the announcement or plan (first day of the month or
/// quarter when only those are stated, see <see cref="AnnouncedPrecision"/>), or null when the text gives none —
/// the document's own date is the fallback the reconciler applies, not the parser. <see cref="AnnouncedFiscal"/> is
/// a fiscal quarter the text dates the plan to ("In the second quarter of fiscal 2024, we initiated …"); the parser
/// does not know the company's fiscal calendar, so <see cref="AnnouncedOn"/> stays null and the reconciler resolves it.
/// </summary>
public sealed record WorkforceStatement(
    StatementKind Kind,
    long? Count,
    CountQualifier? Qualifier,
    decimal? PercentOfWorkforce,
    DateOnly? AnnouncedOn,
    DatePrecision? AnnouncedPrecision,
    string? TimeFrame,
    decimal? ChargesUsd,
    bool IncludesEarlierReductions,
    string Sentence,
    FiscalQuarter? AnnouncedFiscal = null);
