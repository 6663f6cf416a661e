using System.Globalization;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage.Entities;
using static IndustryTracker.Core.Benchmarks.BenchmarkMetrics;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// A fiscal year's layoff metrics from the company's reconciled events: announced counts (what each round adds, so a
/// cumulative statement is not counted on top of its parts), rounds, and announced ÷ employees at the start of the year.
/// WARN-only events are not announcements; the note says how many WARN workers they add.
/// </summary>
internal static class LayoffMetrics
{
    public static void Add(Dictionary<string, MetricCell> metrics, DateOnly start, DateOnly end, IReadOnlyList<LayoffEvent> events, HeadcountEntity? startHeadcount)
    {
        var inYear = events.Where(e => InRange(e.AnnouncedFrom, start, end)).ToList();
        var announced = inYear.Where(e => !IsWarnOnly(e)).ToList();
        var counted = announced.Where(e => e.AddedCount is not null).ToList();
        var warnOnly = inYear.Where(IsWarnOnly).Sum(e => e.Count ?? 0);
        var sources = announced.Select(Cite).ToList();
        var uncounted = announced.Count - counted.Count;
        var note = string.Join("; ", new[]
        {
            uncounted > 0 ? string.Create(CultureInfo.InvariantCulture, $"{uncounted} round(s) without a stated count") : null,
            warnOnly > 0 ? string.Create(CultureInfo.InvariantCulture, $"plus {warnOnly} workers in WARN notices not tied to an announcement") : null,
        }.Where(n => n is not null));

        decimal? total = counted.Count == 0 ? null : counted.Sum(e => e.AddedCount!.Value);
        metrics[LayoffsAnnounced] = total is null
            ? MetricCell.Missing("people", announced.Count == 0 ? string.Join("; ", new[] { "no layoff announced in this fiscal year", note }.Where(n => n.Length > 0)) : note)
            : new MetricCell(total, "people", note.Length == 0 ? null : note, sources);
        // No round is not a citable figure: absence of a statement is reported as a reason, not as 0.
        metrics[LayoffRounds] = announced.Count == 0
            ? MetricCell.Missing("rounds", "no layoff announced in this fiscal year")
            : new MetricCell(announced.Count, "rounds", null, sources);
        metrics[LayoffsPctOfWorkforce] = total is null || startHeadcount is null or { Employees: 0 }
            ? MetricCell.Missing("%", total is null ? "needs layoffsAnnounced" : "needs headcount at the start of the fiscal year")
            : new MetricCell(Math.Round(total.Value / startHeadcount.Employees * 100m, 2), "%", null, [.. sources, new Citation(startHeadcount.SourceKind, startHeadcount.Url, startHeadcount.Accession, startHeadcount.Form, startHeadcount.Sentence)]);
    }

    private static bool IsWarnOnly(LayoffEvent e) => e.Id.Contains("-warn-", StringComparison.Ordinal);

    private static bool InRange(string date, DateOnly start, DateOnly end)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return day >= start && day <= end;
    }

    private static Citation Cite(LayoffEvent e)
    {
        // The citation quotes the source sentence, not the headline built from it.
        var quote = e.Sentence ?? e.Headline;
        var headline = e.Sources.FirstOrDefault(s => s.Sentence == quote) ?? e.Sources.FirstOrDefault();
        return new Citation("layoff-event " + e.Id, headline?.Url ?? "", headline?.Accession, null, quote);
    }
}
