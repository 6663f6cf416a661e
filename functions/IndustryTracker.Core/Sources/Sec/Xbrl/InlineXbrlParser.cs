using System.Globalization;
using AngleSharp.Dom;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>Reads the numeric facts (<c>ix:nonFraction</c>) of an inline-XBRL filing document.</summary>
public static class InlineXbrlParser
{
    /// <summary>
    /// Every non-nil <c>ix:nonFraction</c> with its context, unit, scale, sign and format applied, identical facts
    /// once, in document order. A document without inline XBRL yields none.
    /// </summary>
    /// <exception cref="FormatException">A context, unit or value cannot be read; the message names it.</exception>
    public static IReadOnlyList<XbrlFact> Parse(IDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var contexts = new Dictionary<string, XbrlContext>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var numbers = new List<IElement>();
        foreach (var element in doc.All)
        {
            if (XbrlNames.Is(element, "ix", "nonFraction")) { numbers.Add(element); }
            else if (XbrlNames.Is(element, "xbrli", "context"))
            {
                var context = XbrlContextReader.Read(element);
                contexts[context.Id] = context;
            }
            else if (XbrlNames.Is(element, "xbrli", "unit"))
            {
                units[element.GetAttribute("id") ?? string.Empty] = XbrlUnitReader.Read(element);
            }
        }

        var facts = new List<XbrlFact>(numbers.Count);
        var seen = new HashSet<XbrlFact>();
        foreach (var element in numbers)
        {
            // A nil fact states "no value" (e.g. CommitmentsAndContingencies); there is nothing to record.
            if (string.Equals(element.GetAttribute("xsi:nil")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fact = ReadFact(element, contexts, units);
            if (seen.Add(fact))
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    private static XbrlFact ReadFact(IElement element, Dictionary<string, XbrlContext> contexts, Dictionary<string, string> units)
    {
        var concept = element.GetAttribute("name")?.Trim();

        // Built only for an error message: a 10-K has thousands of facts and almost never a bad one.
        string Label() => $"Inline XBRL fact '{element.GetAttribute("id") ?? "(no id)"}' ({concept ?? "no name"})";
        if (string.IsNullOrEmpty(concept))
        {
            throw new FormatException($"{Label()} has no name.");
        }

        var contextRef = element.GetAttribute("contextRef")?.Trim() ?? string.Empty;
        if (!contexts.TryGetValue(contextRef, out var context))
        {
            throw new FormatException($"{Label()} refers to XBRL context '{contextRef}', which the document does not define.");
        }

        var unitRef = element.GetAttribute("unitRef")?.Trim() ?? string.Empty;
        if (!units.TryGetValue(unitRef, out var unit))
        {
            throw new FormatException($"{Label()} refers to XBRL unit '{unitRef}', which the document does not define.");
        }

        decimal value;
        try
        {
            // A nested nonFraction shares its text with the outer one; TextContent reads through both.
            value = IxNumberFormat.Parse(element.GetAttribute("format"), element.TextContent);
            value = ApplyScale(value, element.GetAttribute("scale"));
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"{Label()}: {e.Message}", e);
        }

        if (element.GetAttribute("sign")?.Trim() == "-")
        {
            value = -value;
        }

        return new XbrlFact(concept, context.Start, context.End, value, unit, context.HasDimensions);
    }

    private static decimal ApplyScale(decimal value, string? scaleText)
    {
        if (string.IsNullOrWhiteSpace(scaleText))
        {
            return value;
        }

        if (!int.TryParse(scaleText.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scale)
            || scale is < -28 or > 28)
        {
            throw new FormatException($"scale '{scaleText}' is not a power of ten that a decimal can hold");
        }

        var factor = 1m;
        for (var i = 0; i < Math.Abs(scale); i++)
        {
            factor *= 10m;
        }

        // decimal keeps the digits exact: 0.000006 × 10^0 and 134,902 × 10^6 both stay as printed.
        return scale >= 0 ? checked(value * factor) : value / factor;
    }
}
