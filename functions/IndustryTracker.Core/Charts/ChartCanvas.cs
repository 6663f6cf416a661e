using SkiaSharp;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// Lays out one chart image: title and units on top, legend, the ScottPlot data area, then the note and source
/// lines at the bottom. Sizes are set for 1200×675 and scale with the image.
/// </summary>
internal static class ChartCanvas
{
    private const int MaxNoteLines = 2;
    private const int MaxSourceLines = 2;

    public static byte[] Draw(ChartData data, int width, int height)
    {
        var s = Math.Min(width / (float)ChartOptions.DefaultWidth, height / (float)ChartOptions.DefaultHeight);
        var margin = 44 * s;
        var textWidth = width - 2 * margin;

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        using var titleFont = new SKFont(ChartFonts.Typeface(bold: true), 32 * s);
        using var subtitleFont = new SKFont(ChartFonts.Typeface(bold: false), 19 * s);
        using var footFont = new SKFont(ChartFonts.Typeface(bold: false), 14 * s);

        var y = margin + 20 * s;
        foreach (var line in TextLayout.Wrap(data.Title, titleFont, textWidth, 1))
        {
            Text(canvas, line, margin, y, titleFont, ChartPalette.Text);
        }

        y += 32 * s;
        Text(canvas, TextLayout.Wrap(data.Subtitle, subtitleFont, textWidth, 1)[0], margin, y, subtitleFont, ChartPalette.MutedText);
        y = LegendPainter.Draw(canvas, data.Kind == ChartKind.Line ? data.Series : [], margin, width - margin, y + 16 * s, s);

        var footer = FooterLines(data, footFont, textWidth);
        var lineHeight = 20 * s;
        var footerTop = height - 22 * s - footer.Count * lineHeight;
        var plotArea = new ScottPlot.PixelRect(margin - 14 * s, width - margin, footerTop - 14 * s, y + 10 * s);
        if (data.IsEmpty)
        {
            using var empty = new SKFont(ChartFonts.Typeface(bold: false), 20 * s);
            using var paint = new SKPaint { Color = SKColor.Parse(ChartPalette.MutedText), IsAntialias = true };
            canvas.DrawText("No values for these companies and years", width / 2f, (plotArea.Top + plotArea.Bottom) / 2, SKTextAlign.Center, empty, paint);
        }
        else
        {
            var plot = PlotBuilder.Build(data, s);
            canvas.Save();
            canvas.ClipRect(new SKRect(plotArea.Left, plotArea.Top, plotArea.Right, plotArea.Bottom));
            plot.Render(canvas, plotArea);
            canvas.Restore();
        }

        var baseline = footerTop + 14 * s;
        foreach (var (line, color) in footer)
        {
            Text(canvas, line, margin, baseline, footFont, color);
            baseline += lineHeight;
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The note (if any) then the most detailed source line that fits in two lines.</summary>
    private static List<(string Line, string Color)> FooterLines(ChartData data, SKFont font, float width)
    {
        var lines = new List<(string, string)>();
        if (data.Notes.Count > 0)
        {
            var note = "Note: " + Capitalise(string.Join("; ", data.Notes)) + ".";
            lines.AddRange(TextLayout.Wrap(note, font, width, MaxNoteLines).Select(l => (l, ChartPalette.MutedText)));
        }

        var source = data.SourceLines.FirstOrDefault(c => TextLayout.Fits(c, font, width, MaxSourceLines)) ?? data.SourceLines[^1];
        lines.AddRange(TextLayout.Wrap(source, font, width, MaxSourceLines).Select(l => (l, ChartPalette.FaintText)));
        return lines;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void Text(SKCanvas canvas, string text, float x, float y, SKFont font, string color)
    {
        using var paint = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
    }
}
