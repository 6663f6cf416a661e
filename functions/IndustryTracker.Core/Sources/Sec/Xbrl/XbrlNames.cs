using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Matches XBRL elements by prefixed name in both DOM flavours: AngleSharp's HTML parser keeps the
/// prefix inside a lower-cased local name ("ix:nonfraction"), its XML parser splits prefix and local name.
/// </summary>
internal static class XbrlNames
{
    public static bool Is(IElement element, string prefix, string localName)
    {
        var name = element.LocalName;
        if (element.Prefix is null)
        {
            return name.Length == prefix.Length + 1 + localName.Length
                && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && name[prefix.Length] == ':'
                && name.EndsWith(localName, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(element.Prefix, prefix, StringComparison.OrdinalIgnoreCase)
            && string.Equals(name, localName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"iso4217:USD" → "USD": SEC's company-facts JSON names units without their namespace prefix.</summary>
    public static string WithoutPrefix(string qualifiedName)
    {
        var trimmed = qualifiedName.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? trimmed : trimmed[(colon + 1)..];
    }
}
