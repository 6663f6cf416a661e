using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// Makes any string safe as a PartitionKey or RowKey: the characters Table Storage forbids
/// (<c>/ \ # ?</c>, control characters) and <c>%</c> itself are percent-encoded, so keys stay readable and reversible.
/// A key may be at most 1 KiB, and a feed can link to a URL of any length: an escaped value longer than
/// <see cref="MaxLength"/> becomes a readable prefix plus the SHA-256 of the whole value, so it always fits and two
/// different values never share a key. Short keys are exactly what they always were, so stored rows stay valid.
/// </summary>
public static class TableKeys
{
    /// <summary>The longest key produced, in characters: well under 1 KiB even counted as UTF-16 bytes.</summary>
    public const int MaxLength = 400;

    // "~sha256:" + 64 hex digits.
    private const int HashSuffixLength = 8 + 64;

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = PercentEncode(value);
        return escaped.Length <= MaxLength ? escaped : Shorten(value, escaped);
    }

    private static string PercentEncode(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var bad = c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
            if (bad)
            {
                builder ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    private static string Shorten(string value, string escaped)
    {
        var prefixLength = MaxLength - HashSuffixLength;
        // Never cut a %XX escape or a surrogate pair in half: the prefix stays valid, readable text.
        if (escaped[prefixLength - 1] == '%')
        {
            prefixLength -= 1;
        }
        else if (escaped[prefixLength - 2] == '%')
        {
            prefixLength -= 2;
        }
        else if (char.IsHighSurrogate(escaped[prefixLength - 1]))
        {
            prefixLength -= 1;
        }

        // The hash is of the whole original value, so two long values that share a prefix still get different keys.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return string.Concat(escaped.AsSpan(0, prefixLength), "~sha256:", hash);
    }
}
