using SkiaSharp;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// The legend as a row of swatches above the plot (wrapping to more rows when needed): outside the data area, so
/// it never hides a value, and read before the lines, as newsroom charts do.
/// </summary>
internal static class LegendPainter
{
    /// <summary>Draws the legend from <paramref name="top"/> and returns the y below it.</summary>
    public static float Draw(SKCanvas canvas, IReadOnlyList<ChartSeries> series, float left, float right, float top, float s)
    {
        if (series.Count == 0)
        {
            return top;
        }

        using var font = new SKFont(ChartFonts.Typeface(bold: false), 17 * s);
        using var text = new SKPaint { Color = SKColor.Parse(ChartPalette.Text), IsAntialias = true };
        var swatch = 30 * s;
        var rowHeight = 28 * s;
        var x = left;
        var y = top + rowHeight / 2;
        for (var i = 0; i < series.Count; i++)
        {
            var width = swatch + 8 * s + font.MeasureText(series[i].Label);
            if (x > left && x + width > right)
            {
                x = left;
                y += rowHeight;
            }

            DrawSwatch(canvas, i, x, y, swatch, s);
            canvas.DrawText(series[i].Label, x + swatch + 8 * s, y + 6 * s, SKTextAlign.Left, font, text);
            x += width + 30 * s;
        }

        return y + rowHeight / 2;
    }

    private static void DrawSwatch(SKCanvas canvas, int index, float x, float y, float width, float s)
    {
        using var paint = new SKPaint { Color = SKColor.Parse(ChartPalette.ColorHex(index)), IsAntialias = true, StrokeWidth = 3 * s, Style = SKPaintStyle.Stroke };
        canvas.DrawLine(x, y, x + width, y, paint);
        paint.Style = SKPaintStyle.Fill;
        var c = new SKPoint(x + width / 2, y);
        var r = 5 * s;
        switch (ChartPalette.Marker(index))
        {
            case ScottPlot.MarkerShape.FilledSquare:
                canvas.DrawRect(c.X - r, c.Y - r, 2 * r, 2 * r, paint);
                break;
            case ScottPlot.MarkerShape.FilledTriangleUp:
                canvas.DrawPath(Polygon(c, r, [(0, -1.2f), (1.1f, 0.8f), (-1.1f, 0.8f)]), paint);
                break;
            case ScottPlot.MarkerShape.FilledTriangleDown:
                canvas.DrawPath(Polygon(c, r, [(0, 1.2f), (1.1f, -0.8f), (-1.1f, -0.8f)]), paint);
                break;
            case ScottPlot.MarkerShape.FilledDiamond:
                canvas.DrawPath(Polygon(c, r, [(0, -1.3f), (1.3f, 0), (0, 1.3f), (-1.3f, 0)]), paint);
                break;
            default:
                canvas.DrawCircle(c, r, paint);
                break;
        }
    }

    private static SKPath Polygon(SKPoint c, float r, (float X, float Y)[] corners)
    {
        var path = new SKPath();
        path.MoveTo(c.X + corners[0].X * r, c.Y + corners[0].Y * r);
        foreach (var (px, py) in corners.Skip(1))
        {
            path.LineTo(c.X + px * r, c.Y + py * r);
        }

        path.Close();
        return path;
    }
}
