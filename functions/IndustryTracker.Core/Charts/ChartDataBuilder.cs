using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Charts;

/// <summary>Turns benchmark rows into what a chart shows: titles, scale, series with gaps, bars, notes and sources.</summary>
internal static class ChartDataBuilder
{
    public static ChartData Build(string metric, IReadOnlyList<BenchmarkRow> rows, ChartOptions options)
    {
        var title = MetricTitles.For(metric);
        var tickers = TickerOrder(rows, options);
        var withValue = rows.Where(r => Value(r, metric) is not null).ToList();
        // A line chart of a single year is a column of dots; bars compare that year far better.
        var kind = options.Kind == ChartKind.Line && withValue.Select(r => r.FiscalYear).Distinct().Count() == 1 ? ChartKind.Bar : options.Kind;
        var year = kind == ChartKind.Bar ? options.Year ?? LatestYear(withValue, rows) : (int?)null;
        var plotted = withValue.Where(r => year is null || r.FiscalYear == year).ToList();

        var maxAbs = plotted.Select(r => Math.Abs((double)Value(r, metric)!.Value)).DefaultIfEmpty(0).Max();
        var scale = AxisScale.For(Unit(metric, rows), maxAbs);
        var years = Years(plotted.Count > 0 ? plotted : rows);
        var label = (string t) => options.CompanyNames.TryGetValue(t, out var name) ? $"{name} ({t})" : t;
        var withoutValues = tickers.Where(t => !plotted.Any(r => r.Ticker == t)).ToList();

        // Companies with nothing to plot get no line and no legend entry (a swatch for an invisible line misleads);
        // the note names them. Bars keep their slot, labelled "no data".
        var series = year is null
            ? tickers.Except(withoutValues).Select(t => new ChartSeries(t, label(t), Segments(plotted.Where(r => r.Ticker == t), metric, scale))).ToList()
            : [];
        var bars = year is null
            ? []
            : tickers.Select(t => new ChartBar(t, label(t), Scaled(plotted.FirstOrDefault(r => r.Ticker == t), metric, scale))).ToList();
        var notes = BasisNotes.For(metric, plotted).ToList();
        if (year is null && withoutValues.Count > 0 && plotted.Count > 0)
        {
            notes.Add($"no values for {string.Join(", ", withoutValues)} in these years");
        }

        return new ChartData(
            kind,
            year is null ? title : string.Create(CultureInfo.InvariantCulture, $"{title}, fiscal year {year}"),
            Subtitle(scale, year is null ? years : []),
            scale,
            years,
            series,
            bars,
            notes,
            SourceLine.Candidates(metric, plotted, tickers));
    }

    /// <summary>Consecutive fiscal years with a value form one segment; a missing or null year ends it.</summary>
    private static List<IReadOnlyList<ChartPoint>> Segments(IEnumerable<BenchmarkRow> rows, string metric, AxisScale scale)
    {
        var segments = new List<IReadOnlyList<ChartPoint>>();
        var current = new List<ChartPoint>();
        foreach (var row in rows.OrderBy(r => r.FiscalYear))
        {
            if (current.Count > 0 && row.FiscalYear != current[^1].FiscalYear + 1)
            {
                segments.Add(current);
                current = [];
            }

            current.Add(new ChartPoint(row.FiscalYear, Scaled(row, metric, scale)!.Value));
        }

        if (current.Count > 0)
        {
            segments.Add(current);
        }

        return segments;
    }

    private static double? Scaled(BenchmarkRow? row, string metric, AxisScale scale) =>
        row is null || Value(row, metric) is not { } value ? null : (double)value / scale.Divisor;

    private static decimal? Value(BenchmarkRow row, string metric) => row.Metrics.GetValueOrDefault(metric)?.Value;

    // Missing cells carry the unit too, so an all-null chart still gets the right axis label.
    private static string Unit(string metric, IReadOnlyList<BenchmarkRow> rows) =>
        rows.Select(r => r.Metrics.GetValueOrDefault(metric)?.Unit).FirstOrDefault(u => !string.IsNullOrEmpty(u)) ?? "";

    private static List<string> TickerOrder(IReadOnlyList<BenchmarkRow> rows, ChartOptions options) =>
        options.Tickers.Count > 0
            ? options.Tickers.Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : rows.Select(r => r.Ticker).Distinct(StringComparer.Ordinal).ToList();

    private static int? LatestYear(IReadOnlyList<BenchmarkRow> withValue, IReadOnlyList<BenchmarkRow> rows) =>
        (withValue.Count > 0 ? withValue : rows).Select(r => (int?)r.FiscalYear).Max();

    private static List<int> Years(IReadOnlyList<BenchmarkRow> rows) =>
        rows.Count == 0 ? [] : Enumerable.Range(rows.Min(r => r.FiscalYear), rows.Max(r => r.FiscalYear) - rows.Min(r => r.FiscalYear) + 1).ToList();

    private static string Subtitle(AxisScale scale, IReadOnlyList<int> years)
    {
        var units = scale.AxisLabel;
        return years.Count switch
        {
            0 => units,
            1 => string.Create(CultureInfo.InvariantCulture, $"{units}, fiscal year {years[0]}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{units}, fiscal years {years[0]}–{years[^1]}"),
        };
    }
}
