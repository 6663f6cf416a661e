using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Applies an inline-XBRL transformation (<c>format</c> attribute) to a fact's displayed text, giving the
/// unsigned, unscaled number. Covers the numeric transforms SEC filers use (registries TR1–TR4 and SEC's numwordsen).
/// An unknown transform throws: guessing would put a wrong number into the facts.
/// </summary>
internal static partial class IxNumberFormat
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
                => Decimal(DotDecimal().IsMatch(trimmed) ? Digits(trimmed, '.') : null, text),
            "num-comma-decimal" or "numcommadecimal" or "numdotcomma" or "numspacecomma" or "num-comma-decimal-apos"
                => Decimal(CommaDecimal().IsMatch(trimmed) ? Digits(trimmed, ',') : null, text),
            "numwordsen" or "num-word-en" => NumberWords.Parse(trimmed),
            _ => throw new FormatException($"unsupported number format '{format}'"),
        };
    }

    private static bool IsDash(char c) => c is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    // The lexical spaces of the transforms: groups of three after the first, so "134.902,00" is not dot-decimal.
    [GeneratedRegex(@"^[0-9]{1,3}([,' \u00A0\u2019]?[0-9]{3})*(\.[0-9]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotDecimal();

    [GeneratedRegex(@"^[0-9]{1,3}([.' \u00A0\u2019]?[0-9]{3})*(,[0-9]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaDecimal();

    // Once the pattern matched, everything but digits and the decimal mark is a group separator.
    private static string Digits(string text, char decimalMark) =>
        string.Concat(text.Where(c => char.IsAsciiDigit(c) || c == decimalMark)).Replace(decimalMark, '.');

    private static decimal Decimal(string? candidate, string original)
    {
        const NumberStyles Styles = NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(candidate, Styles, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{original.Trim()}' is not a number");
    }
}
