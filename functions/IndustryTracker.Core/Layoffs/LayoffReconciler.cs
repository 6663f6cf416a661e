using System.Globalization;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>
/// Turns one company's statements and WARN notices into layoff events. Pure and deterministic: the same facts give
/// the same events with the same ids. The rules are written up in docs/layoff-reconciliation.md.
/// </summary>
public static class LayoffReconciler
{
    public const int SameRoundDays = 21;
    public const decimal SameRoundCountTolerance = 0.10m;
    public const int WarnAttachDays = 120;
    public const int WarnClusterDays = 30;
    public const int CumulativeLookbackDays = 90;
    public const int RetrospectiveLookbackDays = 460;

    /// <param name="company">
    /// The company, when known: its fiscal calendar resolves fiscal quarters ("the second quarter of fiscal 2024"),
    /// its name starts the headlines. Without it a fiscal-quarter date counts as not stated and headlines use the ticker.
    /// </param>
    public static IReadOnlyList<LayoffEvent> Reconcile(string ticker, IEnumerable<StatementEvidence> statements, IEnumerable<WarnEvidence> warn, Company? company = null)
    {
        var calendar = company is null ? null : new FiscalCalendar(company);
        var all = statements.Where(s => s.Ticker == ticker).OrderBy(s => s.DocumentDate).ThenBy(s => s.Source.Url, StringComparer.Ordinal).ThenBy(s => s.Statement.Sentence, StringComparer.Ordinal).ToList();
        var rounds = new List<Round>();
        foreach (var s in Ordered(all.Where(s => s.Statement.Kind == StatementKind.Reduction && WindowOf(s, calendar) is not null), calendar))
        {
            Place(rounds, s, WindowOf(s, calendar)!.Value, newRoundAllowed: true);
        }

        foreach (var s in all.Where(s => s.Statement.Kind == StatementKind.Reduction && WindowOf(s, calendar) is null))
        {
            PlaceUndated(rounds, s);
        }

        foreach (var s in Ordered(all.Where(s => s.Statement.Kind == StatementKind.Charge), calendar))
        {
            if (WindowOf(s, calendar) is { } window)
            {
                Place(rounds, s, window, newRoundAllowed: true);
            }
            else
            {
                PlaceUndated(rounds, s);
            }
        }

        AttachWarn(rounds, warn.Where(w => w.Ticker == ticker));
        Narrow(rounds, all.Where(s => s.Statement.Kind == StatementKind.Timing));
        rounds.Sort((a, b) => a.Window.Start.CompareTo(b.Window.Start));
        LinkCumulative(rounds);
        AssignIds(ticker, rounds);
        var name = LayoffEventBuilder.ShortName(company?.Name) ?? ticker;
        return rounds.Select(r => LayoffEventBuilder.Build(ticker, name, r)).ToList();
    }

    /// <summary>
    /// A round known only to its year (or quarter) takes the finer date of a dated step without a figure ("Beginning in
    /// November 2022, we took a number of steps … employee layoffs …") when that date lies inside the round's and the
    /// round is the only one it could belong to, and no WARN notice of the round was received before it (a notice
    /// cannot precede the decision it reports). The event's date note names the sentence and any WARN notices
    /// received in the narrowed span, which corroborate it. Otherwise the round keeps its coarse date: never a guess.
    /// </summary>
    private static void Narrow(List<Round> rounds, IEnumerable<StatementEvidence> timings)
    {
        foreach (var t in timings.OrderBy(t => t.DocumentDate).ThenBy(t => t.Source.Url, StringComparer.Ordinal))
        {
            if (t.Statement.AnnouncedOn is not { } on)
            {
                continue;
            }

            var window = DateWindow.Of(on, t.Statement.AnnouncedPrecision ?? DatePrecision.Day);
            var containing = rounds.Where(r => !r.WarnOnly && r.Window.Precision > window.Precision
                && r.Window.Start <= window.Start && window.End <= r.Window.End).ToList();
            if (containing is not [var round] || round.Warn.Any(w => w.Notice.Received < window.Start))
            {
                continue;
            }

            var from = round.Window.Label();
            var warn = round.Warn.Where(w => w.Notice.Received is { } d && d >= window.Start && d <= window.End).ToList();
            var note = string.Create(CultureInfo.InvariantCulture, $"narrowed from {from} by \"{t.Statement.Sentence}\" ({t.Source.Form ?? t.Source.SourceKind} of {t.DocumentDate:yyyy-MM-dd})");
            if (warn.Count > 0)
            {
                note += string.Create(CultureInfo.InvariantCulture, $" and {warn.Count} WARN notices received {warn.Min(w => w.Notice.Received):yyyy-MM-dd} to {warn.Max(w => w.Notice.Received):yyyy-MM-dd}");
            }

            round.Narrow(window, note);
            round.Timings.Add(t);
        }
    }

    /// <summary>The date a statement gives, or for a letter (8-K exhibit, newsroom post) the day it was published.</summary>
    internal static DateWindow? WindowOf(StatementEvidence s, FiscalCalendar? calendar)
    {
        if (s.Statement.AnnouncedOn is { } on)
        {
            return DateWindow.Of(on, s.Statement.AnnouncedPrecision ?? DatePrecision.Day);
        }

        if (s.Statement.AnnouncedFiscal is { } fiscal && calendar is not null)
        {
            return DateWindow.OfFiscal(fiscal, calendar);
        }

        return IsPeriodicReport(s) ? null : DateWindow.Of(s.DocumentDate, DatePrecision.Day);
    }

    private static bool IsPeriodicReport(StatementEvidence s) => s.Source.Form is { } form && form.StartsWith("10-", StringComparison.Ordinal);

    private static IEnumerable<StatementEvidence> Ordered(IEnumerable<StatementEvidence> statements, FiscalCalendar? calendar) =>
        statements.OrderBy(s => WindowOf(s, calendar)?.Start).ThenBy(s => s.Statement.AnnouncedPrecision ?? DatePrecision.Day).ThenBy(s => s.DocumentDate);

    private static void Place(List<Round> rounds, StatementEvidence s, DateWindow window, bool newRoundAllowed)
    {
        var match = rounds
            .Where(r => !r.WarnOnly && r.Window.DaysFrom(window) <= SameRoundDays && CountsAgree(r.Count, s.Statement.Count))
            .OrderBy(r => r.Window.DaysFrom(window))
            .FirstOrDefault();
        if (match is not null)
        {
            match.Add(s, window);
        }
        else if (newRoundAllowed)
        {
            var round = new Round(window, dateFromFiling: false);
            round.Add(s, window);
            rounds.Add(round);
        }
    }

    /// <summary>
    /// An annual or quarterly report that recounts a reduction without dating it joins the round it recounts
    /// (count within tolerance, the latest in the 15 months before the report); otherwise it is a round dated by the
    /// filing. An undated charge joins the only round in that span, or none.
    /// </summary>
    private static void PlaceUndated(List<Round> rounds, StatementEvidence s)
    {
        var earliest = s.DocumentDate.AddDays(-RetrospectiveLookbackDays);
        var candidates = rounds
            .Where(r => r.Window.Start <= s.DocumentDate && r.Window.End >= earliest && (s.Statement.Kind == StatementKind.Charge || CountsAgree(r.Count, s.Statement.Count)))
            .OrderByDescending(r => r.Window.Start)
            .ToList();
        // An undated charge names no count to tell rounds apart: it attaches only when one round is possible
        // (Amazon's 10-K charge for 2022 must not land on a 2023 round).
        var match = s.Statement.Kind == StatementKind.Charge && candidates.Count != 1 ? null : candidates.FirstOrDefault();
        if (match is not null)
        {
            match.Add(s, window: null);
            return;
        }

        if (s.Statement.Kind == StatementKind.Reduction)
        {
            var round = new Round(DateWindow.Of(s.DocumentDate, DatePrecision.Day), dateFromFiling: true);
            round.Add(s, window: null);
            rounds.Add(round);
        }
    }

    internal static bool CountsAgree(long? a, long? b) =>
        a is null || b is null || Math.Abs(a.Value - b.Value) <= SameRoundCountTolerance * Math.Max(a.Value, b.Value);

    private static void AttachWarn(List<Round> rounds, IEnumerable<WarnEvidence> notices)
    {
        var unattached = new List<WarnEvidence>();
        foreach (var notice in notices.Where(n => n.Notice.Received is not null).OrderBy(n => n.Notice.Received).ThenBy(n => n.Notice.State, StringComparer.Ordinal).ThenBy(n => n.Notice.SourceRow))
        {
            var received = notice.Notice.Received!.Value;
            var round = rounds
                // A round known only to its month or year may have been announced on any day of it.
                .Where(r => r.Window.Start <= received && received.DayNumber - r.Window.End.DayNumber <= WarnAttachDays)
                .OrderByDescending(r => r.Window.Start)
                .FirstOrDefault();
            if (round is null)
            {
                unattached.Add(notice);
            }
            else
            {
                round.Warn.Add(notice);
            }
        }

        Round? cluster = null;
        foreach (var notice in unattached)
        {
            var received = notice.Notice.Received!.Value;
            if (cluster is null || received.DayNumber - cluster.Window.Start.DayNumber > WarnClusterDays)
            {
                cluster = new Round(DateWindow.Of(received, DatePrecision.Day), dateFromFiling: false);
                rounds.Add(cluster);
            }

            cluster.Warn.Add(notice);
        }
    }

    /// <summary>A cumulative statement ("just over 18,000", November's cuts included) adds only what its earlier rounds did not.</summary>
    private static void LinkCumulative(List<Round> rounds)
    {
        foreach (var round in rounds.Where(r => r.Headline?.Statement.IncludesEarlierReductions == true))
        {
            round.Includes.AddRange(rounds.Where(r => r != round && !r.WarnOnly && r.Count is not null
                && r.Window.Start < round.Window.Start && round.Window.Start.DayNumber - r.Window.Start.DayNumber <= CumulativeLookbackDays));
        }
    }

    private static void AssignIds(string ticker, List<Round> rounds)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var round in rounds)
        {
            var id = $"{ticker}-{(round.WarnOnly ? "warn-" : "")}{round.Window.Start:yyyy-MM-dd}";
            var candidate = id;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            round.Id = candidate;
        }
    }
}
