using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// The caveats a reader needs when companies' numbers rest on different bases: who counts part-time staff,
/// whose fiscal year does not end in December, which per-employee figures divide by a year-end headcount, and
/// the notes the plotted values themselves carry ("approximate").
/// </summary>
internal static class BasisNotes
{
    public static IReadOnlyList<string> For(string metric, IReadOnlyList<BenchmarkRow> plotted)
    {
        var notes = new List<string>();
        if (MetricTitles.CountsHeadcount(metric))
        {
            notes.AddRange(ScopeNotes(plotted));
        }

        notes.AddRange(FiscalYearNotes(plotted));
        if (MetricTitles.IsPerEmployee(metric))
        {
            notes.AddRange(BasisNote(plotted));
        }

        notes.AddRange(ValueNotes(metric, plotted));
        return notes;
    }

    private static IEnumerable<string> ScopeNotes(IReadOnlyList<BenchmarkRow> plotted) =>
        plotted
            .Where(r => r.EmployeesScope is not null)
            .GroupBy(r => r.EmployeesScope!, StringComparer.Ordinal)
            .Select(g => (Words: ScopeWords(g.Key), Tickers: Tickers(g)))
            .Where(s => s.Words is not null)
            .Select(s => $"{s.Tickers} {(s.Tickers.Contains(',', StringComparison.Ordinal) ? "count" : "counts")} {s.Words}");

    private static string? ScopeWords(string scope) => scope switch
    {
        "FullTimeAndPartTime" => "full-time and part-time employees",
        "FullTime" => "full-time employees only",
        "FullTimeEquivalent" => "full-time equivalents",
        _ => null, // "Employees": the filing does not say, which is the common case and needs no caveat.
    };

    private static IEnumerable<string> FiscalYearNotes(IReadOnlyList<BenchmarkRow> plotted) =>
        plotted
            .Where(r => r.PeriodEnd.Month != 12)
            .GroupBy(r => r.PeriodEnd.Month)
            .Select(g => $"fiscal years end in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(g.Key)} for {Tickers(g)}");

    private static IEnumerable<string> BasisNote(IReadOnlyList<BenchmarkRow> plotted)
    {
        // The usual divisor (spelled as BenchmarkCalculator writes it) needs no note; any other one does.
        const string Average = "average of start and end headcount";
        var bases = plotted.Where(r => r.PerEmployeeBasis is not null).GroupBy(r => r.PerEmployeeBasis!, StringComparer.Ordinal).ToList();
        if (bases.Count == 1 && bases[0].Key != Average)
        {
            yield return $"per employee: divided by {bases[0].Key}";
            yield break;
        }

        foreach (var other in bases.Where(g => g.Key != Average))
        {
            yield return $"per employee: divided by {other.Key} for {YearList(other)}, by the {Average} otherwise";
        }
    }

    private static IEnumerable<string> ValueNotes(string metric, IReadOnlyList<BenchmarkRow> plotted) =>
        plotted
            .Select(r => (Row: r, Note: r.Metrics.GetValueOrDefault(metric)?.Note))
            .Where(x => !string.IsNullOrWhiteSpace(x.Note))
            .GroupBy(x => x.Note!, StringComparer.Ordinal)
            .Select(g => $"{YearList(g.Select(x => x.Row))}: {g.Key}");

    private static string Tickers(IEnumerable<BenchmarkRow> rows) => string.Join(", ", rows.Select(r => r.Ticker).Distinct(StringComparer.Ordinal));

    private static string YearList(IEnumerable<BenchmarkRow> rows) =>
        string.Join(", ", rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.FiscalYear)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Ticker} FY{r.FiscalYear}")));
}
