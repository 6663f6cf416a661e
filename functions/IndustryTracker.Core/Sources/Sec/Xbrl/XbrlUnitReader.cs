using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Turns an <c>xbrli:unit</c> into the unit string SEC's company-facts JSON uses: "USD", "shares", "USD/shares",
/// so facts from both sources compare directly.
/// </summary>
internal static class XbrlUnitReader
{
    public static string Read(IElement unit)
    {
        var id = unit.GetAttribute("id") ?? "(no id)";
        IElement? numerator = null, denominator = null;
        foreach (var child in unit.QuerySelectorAll("*"))
        {
            if (XbrlNames.Is(child, "xbrli", "unitNumerator")) { numerator = child; }
            else if (XbrlNames.Is(child, "xbrli", "unitDenominator")) { denominator = child; }
        }

        var text = numerator is not null && denominator is not null
            ? $"{Measures(numerator)}/{Measures(denominator)}"
            : Measures(unit);
        return text.Length == 0 || text.StartsWith('/') || text.EndsWith('/')
            ? throw new FormatException($"XBRL unit '{id}' has no measure.")
            : text;
    }

    private static string Measures(IElement parent)
    {
        var names = parent.QuerySelectorAll("*")
            .Where(e => XbrlNames.Is(e, "xbrli", "measure"))
            .Select(e => XbrlNames.WithoutPrefix(e.TextContent));
        return string.Join('*', names);
    }
}
