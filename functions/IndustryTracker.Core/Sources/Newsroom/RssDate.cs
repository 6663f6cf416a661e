using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>
/// RSS <c>pubDate</c> (RFC 822, RFC 1123) as feeds really write it, always with the invariant culture. The
/// library's own RSS date parser tries <c>DateTimeOffset.TryParse</c> in the current culture first, which makes
/// a feed's dates depend on the machine reading it, so this one replaces it.
/// </summary>
internal static class RssDate
{
    // RFC 822 names only these; "UTC" and "Z" appear in the wild. Military letters are left out on purpose:
    // RFC 1123 notes their signs were defined backwards and tells readers to treat them as unknown.
    private static readonly FrozenDictionary<string, TimeSpan> NamedZones = new Dictionary<string, TimeSpan>
    {
        ["UT"] = TimeSpan.Zero,
        ["UTC"] = TimeSpan.Zero,
        ["GMT"] = TimeSpan.Zero,
        ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5),
        ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Letters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Seconds are optional in RFC 822; two-digit years are RFC 822's own form, four digits RFC 1123's.
    private static readonly string[] DateAndTime =
    [
        "d MMM yyyy H:mm:ss", "d MMM yyyy H:mm", "d MMMM yyyy H:mm:ss", "d MMMM yyyy H:mm",
        "d MMM yy H:mm:ss", "d MMM yy H:mm",
    ];

    // Some RSS feeds write Atom-style timestamps in pubDate.
    private static readonly string[] Iso8601 =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>
    /// Parses "Wed, 09 Nov 2022 06:00:00 GMT" and its variants: the day name is optional and not checked against
    /// the date (feeds get it wrong), seconds may be missing, the zone may be numeric ("+0000", "-500"), a name
    /// ("GMT", "EST", "PDT"), or absent, which is read as UTC rather than as the reading machine's zone.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (trimmed.Length >= 10 && trimmed[4] == '-')
        {
            return DateTimeOffset.TryParseExact(
                trimmed, Iso8601, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 9 && !trimmed.AsSpan(0, comma).ContainsAnyExcept(Letters))
        {
            trimmed = trimmed[(comma + 1)..];
        }

        var tokens = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var offset = TimeSpan.Zero;
        if (tokens.Length is not (4 or 5) || (tokens.Length == 5 && !TryParseZone(tokens[4], out offset)))
        {
            return false;
        }

        if (!DateTime.TryParseExact(
            string.Join(' ', tokens, 0, 4), DateAndTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryParseZone(string zone, out TimeSpan offset)
    {
        if (NamedZones.TryGetValue(zone, out offset))
        {
            return true;
        }

        // "+0000", "-0500", "+05:30", and "-500" (a dropped leading zero, seen in real feeds).
        var digits = zone.Length > 1 ? zone[1..].Replace(":", string.Empty, StringComparison.Ordinal) : string.Empty;
        if (zone[0] is not ('+' or '-') || digits.Length is not (3 or 4)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm)
            || hhmm % 100 >= 60 || hhmm / 100 > 14)
        {
            return false;
        }

        offset = new TimeSpan(hhmm / 100, hhmm % 100, 0);
        if (zone[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }
}
