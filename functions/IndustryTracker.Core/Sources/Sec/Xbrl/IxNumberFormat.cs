using System.Globalization;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Applies an inline-XBRL transformation (<c>format</c> attribute) to a fact's displayed text, giving the
/// unsigned, unscaled number. Covers the numeric transforms SEC filers use (registries TR1–TR4 and SEC's numwordsen).
/// An unknown transform throws: guessing would put a wrong number into the facts.
/// </summary>
internal static class IxNumberFormat
{
    public static decimal Parse(string? format, string text)
    {
        var trimmed = text.Trim();

        // Statements print zero as a dash; filers tag it with fixed-zero, or with no format at all.
        if (trimmed.Length > 0 && trimmed.All(IsDash))
        {
            return 0m;
        }

        // The prefix is whatever the document binds the registry namespace to; the local name identifies it.
        var name = format is null ? null : XbrlNames.WithoutPrefix(format).ToLowerInvariant();
        return name switch
        {
            null => Decimal(trimmed, text),
            "fixed-zero" or "zerodash" or "numdash" => 0m,
            "num-dot-decimal" or "numdotdecimal" or "numcommadot" or "numspacedot" or "num-dot-decimal-apos"
                => Decimal(Strip(trimmed, ',', ' ', '\u00A0', '\'', '\u2019'), text),
            "num-comma-decimal" or "numcommadecimal" or "numdotcomma" or "numspacecomma" or "num-comma-decimal-apos"
                => Decimal(Strip(trimmed, '.', ' ', '\u00A0', '\'', '\u2019').Replace(',', '.'), text),
            "numwordsen" or "num-word-en" => NumberWords.Parse(trimmed),
            _ => throw new FormatException($"unsupported number format '{format}'"),
        };
    }

    private static bool IsDash(char c) => c is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    private static string Strip(string text, params char[] separators) =>
        string.Concat(text.Where(c => Array.IndexOf(separators, c) < 0));

    private static decimal Decimal(string candidate, string original)
    {
        const NumberStyles Styles = NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(candidate, Styles, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{original.Trim()}' is not a number");
    }
}
