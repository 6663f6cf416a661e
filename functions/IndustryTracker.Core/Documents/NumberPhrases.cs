using System.Globalization;

namespace IndustryTracker.Core.Documents;

/// <summary>
/// The number grammar shared by sentence parsers: whole counts of people and US-dollar amounts, as regex
/// text to compose into larger patterns, plus readers for their groups. Always read invariant: filings
/// and press releases write "11,000" and "$2.1 billion" whatever the machine's culture.
/// </summary>
internal static class NumberPhrases
{
    /// <summary>
    /// A whole count in group num: "2.1 million" first, then grouped integers; a trailing ".07" or ",5"
    /// means it is not a whole count, which is how "3.07 billion" stays out.
    /// </summary>
    public const string Count =
        @"(?<num>\d+(?:\.\d+)?\s+(?:thousand|million)\b|\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?![.,]?\d))";

    /// <summary>"$2.1 billion", "$720 million", "$1,250,000": groups usd and scale.</summary>
    public const string Usd =
        @"\$\s?(?<usd>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>billion|million|thousand|bn|mn)\b)?";

    /// <summary>"13%", "8 percent", "6.5 per cent": group pct.</summary>
    public const string Percent = @"(?<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)";

    /// <summary>Reads group num of <see cref="Count"/>; scaled is true for "2.1 million", rounded by construction.</summary>
    public static bool TryReadCount(string text, out long count, out bool scaled)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        scaled = parts.Length == 2;
        var value = decimal.Parse(parts[0], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (scaled)
        {
            value *= parts[1].StartsWith('m') || parts[1].StartsWith('M') ? 1_000_000m : 1_000m;
        }

        count = (long)value;
        return value == count && count > 0;
    }

    /// <summary>Reads groups usd and scale of <see cref="Usd"/> as dollars.</summary>
    public static decimal ReadUsd(string amount, string scale)
    {
        var value = decimal.Parse(amount, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return scale.ToUpperInvariant() switch
        {
            "BILLION" or "BN" => value * 1_000_000_000m,
            "MILLION" or "MN" => value * 1_000_000m,
            "THOUSAND" => value * 1_000m,
            _ => value,
        };
    }

    /// <summary>Reads group pct of <see cref="Percent"/>.</summary>
    public static decimal ReadPercent(string text) =>
        decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
