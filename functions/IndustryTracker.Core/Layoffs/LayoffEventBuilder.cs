using System.Globalization;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>Turns an assembled round into the served event: headline, basis, counts, charges and evidence.</summary>
internal static class LayoffEventBuilder
{
    public static LayoffEvent Build(string ticker, Round round)
    {
        var headline = round.Headline;
        var count = round.Count;
        var added = count is null ? (long?)null : Math.Max(0, count.Value - round.Includes.Sum(r => r.Count ?? 0));
        var statements = round.Reductions.Concat(round.Charges).OrderBy(s => s.DocumentDate).ThenBy(s => s.Source.Url, StringComparer.Ordinal).ToList();
        // Reports repeat a charge as the year goes on; the latest report's figure is the complete one.
        var charges = round.Charges.OrderByDescending(s => s.DocumentDate).Select(s => s.Statement.ChargesUsd).FirstOrDefault(c => c is not null);
        return new LayoffEvent(
            round.Id,
            ticker,
            round.Window.Label(),
            round.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            count,
            round.WarnOnly ? "sum of WARN notices" : headline?.Statement.Qualifier?.ToString(),
            added,
            round.Reductions.Select(s => s.Statement.PercentOfWorkforce).FirstOrDefault(p => p is not null),
            round.Reductions.Select(s => s.Statement.TimeFrame).FirstOrDefault(t => t is not null),
            headline?.Statement.Sentence ?? round.Charges.FirstOrDefault()?.Statement.Sentence ?? Summary(round),
            Basis(round, headline),
            charges,
            round.Warn.Sum(w => w.Notice.Workers ?? 0),
            round.Includes.Select(r => r.Id).ToList(),
            statements.Select(Source).ToList(),
            round.Warn.Select(Warn).ToList());
    }

    private static string Basis(Round round, StatementEvidence? headline)
    {
        var basis = round switch
        {
            { WarnOnly: true } => "WARN notices only: count is the sum of their workers",
            _ when headline is null => "charges reported; no count stated",
            _ when headline.Statement.Count is null => $"{Origin(headline)} without a count",
            _ => $"count from {(headline.Editor is null ? "a" : "an")} {Origin(headline)}",
        };
        basis = round.DateFromFiling ? basis + "; announcement date not stated, filing date used" : basis;
        // An editor's statement never silently stands beside (or in for) the company's own: the basis names it.
        var editors = round.Reductions.Where(s => s.Editor is not null && s != headline).Select(s => s.Editor!.Publisher).Distinct(StringComparer.Ordinal).ToList();
        return editors.Count == 0 ? basis : $"{basis}; editor statement also present (secondary source: {string.Join(", ", editors)})";
    }

    private static string Origin(StatementEvidence s) =>
        s.FromFiling ? "filing statement" : s.Editor is { } editor ? $"editor statement (secondary source: {editor.Publisher})" : "newsroom statement";

    private static string Summary(Round round) => string.Create(
        CultureInfo.InvariantCulture,
        $"{round.Warn.Count} WARN notices, {round.Warn.Sum(w => w.Notice.Workers ?? 0)} workers, received {round.Warn.Min(w => w.Notice.Received):yyyy-MM-dd} to {round.Warn.Max(w => w.Notice.Received):yyyy-MM-dd}");

    private static LayoffSource Source(StatementEvidence s) => new(
        s.Source.SourceKind,
        s.Source.Url,
        s.Source.Accession,
        s.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Statement.Count,
        s.Statement.Qualifier?.ToString(),
        s.Statement.ChargesUsd,
        s.Statement.Sentence,
        s.Editor?.Publisher,
        s.Editor?.AddedBy,
        s.Editor?.AddedAt);

    private static LayoffWarn Warn(WarnEvidence w) => new(
        w.Notice.State,
        w.Notice.Employer,
        w.Notice.Site ?? w.Notice.Location,
        w.Notice.Workers,
        w.Notice.Received?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        w.Notice.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        w.Subsidiary,
        w.SourceUrl);
}
