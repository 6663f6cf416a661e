using System.Globalization;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Facts;

/// <summary>
/// A quarter of a company's fiscal year as a text states it ("the second quarter of fiscal 2024"). It is kept
/// as stated: which calendar dates it covers depends on the company's fiscal year end, which the text does not say.
/// </summary>
public readonly partial record struct FiscalQuarter(int FiscalYear, int Quarter)
{
    /// <summary>"FY2024-Q2": how it is stored and shown.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-Q{Quarter}");

    public static FiscalQuarter Parse(string text)
    {
        var match = Stored().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a fiscal quarter like FY2024-Q2");
        }

        return new FiscalQuarter(
            int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^FY(\d{4})-Q([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex Stored();
}
