namespace IndustryTracker.Core.Layoffs;

/// <summary>
/// One round of layoffs at one company. <see cref="Count"/> is the headline count as stated (a filing preferred over
/// a newsroom post); <see cref="AddedCount"/> is what the round adds to totals — less than the count when the
/// statement is cumulative and includes earlier rounds. WARN workers are evidence, never added to the count.
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
    IReadOnlyList<LayoffWarn> Warn);
