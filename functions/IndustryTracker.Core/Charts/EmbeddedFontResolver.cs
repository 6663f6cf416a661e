using SkiaSharp;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// Hands ScottPlot the embedded typefaces for <see cref="ChartFonts.Family"/>, so axis and tick text never depends
/// on what fonts the host has installed (a Functions container or CI machine may have none).
/// </summary>
internal sealed class EmbeddedFontResolver : ScottPlot.IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
        Matches(fontName) ? ChartFonts.Typeface(bold: weight >= ScottPlot.FontWeight.SemiBold) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Matches(fontName) ? ChartFonts.Typeface(bold) : null;

    private static bool Matches(string fontName) => string.Equals(fontName, ChartFonts.Family, StringComparison.Ordinal);
}
