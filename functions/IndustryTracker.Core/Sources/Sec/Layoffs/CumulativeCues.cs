using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// Recognises figures that add earlier rounds in ("Between the reduction we made in November and the one
/// we're sharing today, we plan to eliminate just over 18,000 roles"), so a reconciler does not count
/// the earlier round twice. "more", "further" and "additional" mean the opposite: a new round on top.
/// </summary>
internal static partial class CumulativeCues
{
    public static bool IsMatch(string sentence) => Cue().IsMatch(sentence);

    [GeneratedRegex(
        @"\bin\s+total\b|\bin\s+(?:the\s+)?aggregate\b|\bcombined\s+with\b|\btogether\s+with\s+(?:the\s+)?(?:earlier|previous|prior)\b"
        + @"|\bcumulative(?:ly)?\b|\ball\s+told\b|\bbring(?:s|ing)?\s+the\s+total\b"
        + @"|\bincluding\s+(?:the\s+|those\s+|our\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:reductions?|layoffs?|cuts|eliminations?)\s+(?:we\s+)?(?:announced|made|shared)\b"
        + @"|\bbetween\s+the\s+(?:[a-z][\w-]*\s+){0,4}?(?:we|that\s+we)\s+(?:made|announced|shared)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
