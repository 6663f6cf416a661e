using SkiaSharp;

namespace IndustryTracker.Core.Charts;

/// <summary>Greedy word wrapping by measured width, for the title, notes and source lines drawn around the plot.</summary>
internal static class TextLayout
{
    private const string Ellipsis = "…";

    /// <summary>The text in at most <paramref name="maxLines"/> lines; the last one ends in an ellipsis when text is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = WrapAll(text, font, maxWidth);
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && font.MeasureText(last + Ellipsis) > maxWidth)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd(' ', ',', ';') + Ellipsis;
        return kept;
    }

    public static bool Fits(string text, SKFont font, float maxWidth, int maxLines) => WrapAll(text, font, maxWidth).Count <= maxLines;

    private static List<string> WrapAll(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
