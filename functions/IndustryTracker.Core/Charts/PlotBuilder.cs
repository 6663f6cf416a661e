using System.Globalization;
using ScottPlot;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// The data area, drawn by ScottPlot: lines with markers (one scatter per unbroken segment, so a missing year is a
/// gap) or bars with value labels, on a white background with light horizontal gridlines and no other frame.
/// </summary>
internal static class PlotBuilder
{
    public static Plot Build(ChartData data, float scale)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        Style(plot, data.Scale, scale);
        if (data.Kind == ChartKind.Bar)
        {
            AddBars(plot, data, scale);
        }
        else
        {
            AddLines(plot, data, scale);
        }

        plot.Font.Set(ChartFonts.Family);
        return plot;
    }

    private static void AddLines(Plot plot, ChartData data, float scale)
    {
        for (var i = 0; i < data.Series.Count; i++)
        {
            foreach (var segment in data.Series[i].Segments)
            {
                var line = plot.Add.Scatter(segment.Select(p => (double)p.FiscalYear).ToArray(), segment.Select(p => p.Value).ToArray(), ChartPalette.Color(i));
                line.LineWidth = 3 * scale;
                line.MarkerShape = ChartPalette.Marker(i);
                line.MarkerSize = 10 * scale;
            }
        }

        var years = data.Years;
        plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(), years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(years.Count == 0 ? 0 : years[0] - 0.35, years.Count == 0 ? 1 : years[^1] + 0.35);
        SetValueLimits(plot, data.Scale, data.Series.SelectMany(s => s.Points).Select(p => p.Value).ToList());
    }

    private static void AddBars(Plot plot, ChartData data, float scale)
    {
        var bars = new List<Bar>();
        var largest = data.Bars.Select(b => Math.Abs(b.Value ?? 0)).DefaultIfEmpty(0).Max();
        for (var i = 0; i < data.Bars.Count; i++)
        {
            if (data.Bars[i].Value is { } value)
            {
                bars.Add(new Bar { Position = i, Value = value, FillColor = ChartPalette.Color(i), LineWidth = 0, Size = 0.6, Label = data.Scale.FormatValue(value, largest) });
            }
            else
            {
                // No bar at all for a missing value; the label says why the slot is empty.
                // Lifted off the baseline so it does not run into the company's tick label below.
                var label = plot.Add.Text("no data", i, largest * 0.03);
                label.LabelFontName = ChartFonts.Family;
                label.LabelFontSize = 15 * scale;
                label.LabelFontColor = Color.FromHex(ChartPalette.FaintText);
                label.LabelAlignment = Alignment.LowerCenter;
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = ChartFonts.Family;
        barPlot.ValueLabelStyle.FontSize = 16 * scale;
        barPlot.ValueLabelStyle.Bold = true;
        barPlot.ValueLabelStyle.ForeColor = Color.FromHex(ChartPalette.Text);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, data.Bars.Count).Select(i => (double)i).ToArray(), data.Bars.Select(b => b.Label).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(-0.6, data.Bars.Count - 0.4);
        SetValueLimits(plot, data.Scale, data.Bars.Where(b => b.Value is not null).Select(b => b.Value!.Value).ToList());
    }

    /// <summary>Always from zero (a truncated axis exaggerates change), with headroom above for markers and bar labels.</summary>
    private static void SetValueLimits(Plot plot, AxisScale axisScale, IReadOnlyList<double> values)
    {
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, values.DefaultIfEmpty(0).Max());
        if (high - low <= 0)
        {
            high = 1;
        }

        var pad = (high - low) * 0.1;
        var (bottom, top) = (low < 0 ? low - pad : 0, high > 0 ? high + pad : 0);
        plot.Axes.SetLimitsY(bottom, top);
        var ticks = ValueTicks.For(bottom, top, axisScale.IsWhole);
        plot.Axes.Left.SetTicks([.. ticks.Positions], [.. ticks.Positions.Select(v => axisScale.Format(v, ticks.Decimals))]);
        if (low < 0)
        {
            // Below zero the frame line would sit under the negative values; the zero line is the baseline instead.
            plot.Axes.Bottom.FrameLineStyle.Width = 0;
            var zero = plot.Add.HorizontalLine(0, 1.5f, Color.FromHex(ChartPalette.Axis));
            zero.LinePattern = LinePattern.Solid;
        }
    }

    private static void Style(Plot plot, AxisScale axisScale, float scale)
    {
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.HideLegend();

        // The empty top and right axes would otherwise reserve margins; the header above the plot already holds the title.
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.MaximumSize = 12 * scale;
        plot.Axes.Right.MaximumSize = 8 * scale;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.FrameLineStyle.Width = 1.5f * scale;
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex(ChartPalette.Axis);

        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1 * scale;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex(ChartPalette.Grid);

        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 5 * scale;
        plot.Axes.Bottom.MajorTickStyle.Color = Color.FromHex(ChartPalette.Axis);

        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = 16 * scale;
            axis.TickLabelStyle.ForeColor = Color.FromHex(ChartPalette.MutedText);
        }

        plot.Axes.Left.Label.Text = axisScale.AxisLabel;
        plot.Axes.Left.Label.FontSize = 16 * scale;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Left.Label.ForeColor = Color.FromHex(ChartPalette.MutedText);
    }
}
