using SkiaSharp;

namespace IndustryTracker.Tests.Charts;

/// <summary>Reads a rendered bar chart back from its pixels: where each company's bar is and how tall it is drawn.</summary>
internal static class ChartPixels
{
    // The bar fills, in company order (ChartPalette's first colours); bars are drawn without an outline.
    private static readonly SKColor[] BarColors = [SKColor.Parse("#1f5fa8"), SKColor.Parse("#e07b00"), SKColor.Parse("#2a9d5c"), SKColor.Parse("#c2185b")];

    /// <summary>Per bar slot: the x of its tallest column of its colour and that column's height in pixels (0 when none).</summary>
    public static List<(int X, int Height)> Bars(byte[] png, int count)
    {
        using var bitmap = SKBitmap.Decode(png);
        var bars = new List<(int, int)>();
        for (var i = 0; i < count; i++)
        {
            var (bestX, bestHeight) = (-1, 0);
            for (var x = 0; x < bitmap.Width; x++)
            {
                var height = 0;
                for (var y = 0; y < bitmap.Height; y++)
                {
                    height += bitmap.GetPixel(x, y) == BarColors[i] ? 1 : 0;
                }

                if (height > bestHeight)
                {
                    (bestX, bestHeight) = (x, height);
                }
            }

            bars.Add((bestX, bestHeight));
        }

        return bars;
    }

    /// <summary>
    /// Each bar is drawn left to right in order, with a height in proportion to its value (to the pixel: the axis
    /// starts at 0), and a missing value draws no bar at all.
    /// </summary>
    public static void AssertBarHeightsInProportion(byte[] png, IReadOnlyList<double?> values)
    {
        var bars = Bars(png, values.Count);
        var largest = values.Max(v => v ?? 0);
        var tallest = bars.Max(b => b.Height);
        Assert.True(tallest > 100, $"the largest bar is {tallest} px tall");
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                Assert.Equal(0, bars[i].Height);
                continue;
            }

            var expected = tallest * value / largest;
            Assert.True(Math.Abs(bars[i].Height - expected) <= 1.5, $"bar {i} is {bars[i].Height} px tall; its value is {value / largest:P1} of the largest, {expected:0.0} px");
        }

        var drawn = bars.Where((_, i) => values[i] is not null).Select(b => b.X).ToList();
        Assert.Equal(drawn.Order(), drawn);
    }
}
