using System.Reflection;
using SkiaSharp;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// DejaVu Sans (regular and bold), embedded in this assembly. Headless hosts often have no system fonts at all,
/// and Skia then draws no text; embedding makes every chart look the same wherever it renders.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The name charts ask ScottPlot for; deliberately not a system family name, so only our resolver answers it.</summary>
    public const string Family = "IndustryTracker DejaVu Sans";

    private static readonly Lazy<SKTypeface> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<bool> Registered = new(Register);

    public static SKTypeface Typeface(bool bold) => bold ? Bold.Value : Regular.Value;

    /// <summary>Adds the resolver to ScottPlot's (process-wide) list once; later calls are free.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        ScottPlot.Fonts.FontResolvers.Add(new EmbeddedFontResolver());
        return true;
    }

    private static SKTypeface Load(string file)
    {
        var name = typeof(ChartFonts).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Embedded font {name} could not be read.");
    }
}
