namespace IndustryTracker.Core.Layoffs;

/// <summary>
/// One round of layoffs at one company. <see cref="Count"/> is the headline count as stated (a filing preferred over
/// a newsroom post); <see cref="AddedCount"/> is what the round adds to totals — less than the count when the
/// statement is cumulative and includes earlier rounds. WARN workers are evidence, never added to the count.
/// <see cref="Headline"/> is built from the event's own fields ("Meta Platforms: layoff of about 11,000 employees
/// (2022 Restructuring)"); <see cref="Sentence"/> is the source sentence it rests on, quoted. <see cref="DateNote"/>
/// says how the date was arrived at when it is not simply the one stated (narrowed by evidence, a fiscal quarter
/// resolved, or the filing's date standing in); null when the date is as stated.
/// </summary>
public sealed record LayoffEvent(
    string Id,
    string Ticker,
    string Announced,
    string AnnouncedFrom,
    long? Count,
    string? CountQualifier,
    long? AddedCount,
    decimal? PercentOfWorkforce,
    string? TimeFrame,
    string Headline,
    string Basis,
    decimal? ChargesUsd,
    int WarnWorkers,
    IReadOnlyList<string> Includes,
    IReadOnlyList<LayoffSource> Sources,
    IReadOnlyList<LayoffWarn> Warn,
    string? Sentence = null,
    string? DateNote = null);
