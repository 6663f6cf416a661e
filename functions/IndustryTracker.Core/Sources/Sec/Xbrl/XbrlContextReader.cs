using System.Globalization;
using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Reads <c>xbrli:context</c> elements. Strict on purpose: a context without a readable period makes every
/// fact that uses it meaningless, so the document fails as a whole and is quarantined upstream.
/// </summary>
internal static class XbrlContextReader
{
    public static XbrlContext Read(IElement context)
    {
        var id = context.GetAttribute("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new FormatException("An xbrli:context has no id.");
        }

        string? start = null, end = null, instant = null;
        var forever = false;
        var hasDimensions = false;
        foreach (var child in context.QuerySelectorAll("*"))
        {
            if (XbrlNames.Is(child, "xbrli", "startDate")) { start = child.TextContent; }
            else if (XbrlNames.Is(child, "xbrli", "endDate")) { end = child.TextContent; }
            else if (XbrlNames.Is(child, "xbrli", "instant")) { instant = child.TextContent; }
            else if (XbrlNames.Is(child, "xbrli", "forever")) { forever = true; }
            else if (XbrlNames.Is(child, "xbrldi", "explicitMember") || XbrlNames.Is(child, "xbrldi", "typedMember"))
            {
                hasDimensions = true;
            }
        }

        if (instant is not null && start is null && end is null)
        {
            return new XbrlContext(id, null, ParseDate(id, instant), hasDimensions);
        }

        if (start is not null && end is not null && instant is null)
        {
            return new XbrlContext(id, ParseDate(id, start), ParseDate(id, end), hasDimensions);
        }

        // "forever" is legal XBRL but has no end date to file a fact under; SEC filings do not use it.
        var problem = forever ? "a 'forever' period, which is not supported" : "no complete period (startDate+endDate or instant)";
        throw new FormatException($"XBRL context '{id}' has {problem}.");
    }

    private static DateOnly ParseDate(string contextId, string text)
    {
        // XBRL also allows dateTime here, with end-of-day semantics that shift the date; filings use plain dates.
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new FormatException($"XBRL context '{contextId}' has an unparseable date '{text.Trim()}'.");
    }
}
