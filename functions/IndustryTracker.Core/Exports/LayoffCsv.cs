using System.Globalization;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Exports;

/// <summary>The layoffs dataset: one row per reconciled event, with its headline, basis and evidence.</summary>
public static class LayoffCsv
{
    public static IReadOnlyList<CsvColumn<LayoffEvent>> Columns { get; } =
    [
        CsvColumn<LayoffEvent>.Of("id", e => e.Id),
        CsvColumn<LayoffEvent>.Of("ticker", e => e.Ticker),
        CsvColumn<LayoffEvent>.Of("announced", e => e.Announced),
        CsvColumn<LayoffEvent>.Num("count", e => e.Count),
        CsvColumn<LayoffEvent>.Of("countQualifier", e => e.CountQualifier),
        CsvColumn<LayoffEvent>.Num("addedCount", e => e.AddedCount),
        CsvColumn<LayoffEvent>.Num("percentOfWorkforce", e => e.PercentOfWorkforce),
        CsvColumn<LayoffEvent>.Of("timeFrame", e => e.TimeFrame),
        CsvColumn<LayoffEvent>.Of("basis", e => e.Basis),
        CsvColumn<LayoffEvent>.Num("chargesUsd", e => e.ChargesUsd),
        CsvColumn<LayoffEvent>.Num("warnWorkers", e => e.WarnWorkers),
        CsvColumn<LayoffEvent>.Num("warnNotices", e => e.Warn.Count),
        CsvColumn<LayoffEvent>.Of("includes", e => string.Join(" ", e.Includes)),
        CsvColumn<LayoffEvent>.Of("headline", e => e.Headline),
        CsvColumn<LayoffEvent>.Of("sources", e => string.Join(" | ", e.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Date} {s.Kind} {s.Url}")))),
        CsvColumn<LayoffEvent>.Of("warnStates", e => string.Join(" ", e.Warn.GroupBy(w => w.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Sum(w => w.Workers ?? 0)}")))),
    ];

    public static byte[] Write(IEnumerable<LayoffEvent> events) => CsvDataset.Write(events, Columns);
}
