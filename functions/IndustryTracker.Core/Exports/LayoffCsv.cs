using System.Globalization;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Exports;

/// <summary>The layoffs dataset: one row per reconciled event, with its headline, basis and evidence.</summary>
public static class LayoffCsv
{
    public static ExportDataset<LayoffEvent> Dataset { get; } = new(
        "layoffs",
        "One row per reconciled layoff round at a tracked company: statements from filings, 8-K exhibits and newsroom posts about the same round are one row, with WARN notices attached as evidence (never added to the count).",
        "The newest date among the round's source documents: each statement's document date (filing or publication) and each attached WARN notice's received date.",
        Columns(),
        rows => rows.OrderBy(e => e.AnnouncedFrom, StringComparer.Ordinal).ThenBy(e => e.Ticker, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal));

    public static byte[] Write(IEnumerable<LayoffEvent> events) => Dataset.WriteCsv(events);

    private static List<ExportColumn<LayoffEvent>> Columns() =>
    [
        ExportColumn<LayoffEvent>.Text("id", "Stable identifier of the round (ticker, announcement and a suffix); includes refers to these.", e => e.Id),
        ExportColumn<LayoffEvent>.Text("ticker", "Company ticker.", e => e.Ticker),
        ExportColumn<LayoffEvent>.Text("announced", "When the round was announced, as precisely as stated: 2023-01-18, 2023-03, 2022-Q4 or 2022.", e => e.Announced),
        ExportColumn<LayoffEvent>.Integer("count", "people", "Headline count as stated (a filing preferred over a newsroom post); for WARN-only rounds the sum of the notices' workers.", e => e.Count),
        ExportColumn<LayoffEvent>.Text("countQualifier", "How the statement qualifies the count: Exact, Approximate, MoreThan, JustOver, UpTo, or 'sum of WARN notices'.", e => e.CountQualifier),
        ExportColumn<LayoffEvent>.Integer("addedCount", "people", "What this round adds to totals: less than count when the statement is cumulative and includes earlier rounds.", e => e.AddedCount),
        ExportColumn<LayoffEvent>.Decimal("percentOfWorkforce", "%", "Share of the workforce affected, as the statement gives it.", e => e.PercentOfWorkforce),
        ExportColumn<LayoffEvent>.Text("timeFrame", "Over what period the reductions take place, as stated.", e => e.TimeFrame),
        ExportColumn<LayoffEvent>.Text("basis", "Where the count comes from (filing, newsroom or WARN notices) and whether the filing date stands in for the announcement.", e => e.Basis),
        ExportColumn<LayoffEvent>.Decimal("chargesUsd", "USD", "Restructuring charges tied to the round, from the latest report that states them.", e => e.ChargesUsd),
        ExportColumn<LayoffEvent>.Integer("warnWorkers", "people", "Workers in the WARN notices attached to the round (evidence, not added to count).", e => e.WarnWorkers),
        ExportColumn<LayoffEvent>.Integer("warnNotices", "notices", "Number of WARN notices attached to the round.", e => e.Warn.Count),
        ExportColumn<LayoffEvent>.Text("includes", "Ids of earlier rounds this round's count includes, separated by spaces.", e => string.Join(" ", e.Includes)),
        ExportColumn<LayoffEvent>.Text("headline", "A line built from the round's fields: company, what, how many as qualified, share of the workforce, the plan's name or the date.", e => e.Headline),
        ExportColumn<LayoffEvent>.Text("sources", "Statements behind the round, separated by \" | \": document date, kind and URL.", e => string.Join(" | ", e.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Date} {s.Kind} {s.Url}")))),
        ExportColumn<LayoffEvent>.Text("warnStates", "Workers in attached WARN notices per state, e.g. \"CA:1200 WA:878\".", e => string.Join(" ", e.Warn.GroupBy(w => w.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Sum(w => w.Workers ?? 0)}")))),
        ExportColumn<LayoffEvent>.Date("announcedFrom", "First day of the announced period (announced as a date), for sorting and filtering.", e => ExportDates.Parse(e.AnnouncedFrom)),
        ExportColumn<LayoffEvent>.Text("sentence", "The source sentence the headline rests on, quoted (or a summary of the WARN notices).", e => e.Sentence),
        ExportColumn<LayoffEvent>.Text("dateNote", "How the date was arrived at when it is not simply the one stated: narrowed by evidence (which), a fiscal quarter resolved, or the filing date standing in.", e => e.DateNote),
    ];
}
