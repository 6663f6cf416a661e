using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Finds the as-of date that a sentence binds to a count.</summary>
internal static partial class AsOfDates
{
    // Only a date introduced as a point in time binds to a count; "in March 2023" or "ended June 30" do not.
    internal const string Phrase = @"\b(?:as\s+(?:of|at)|at|on)\s+" + DatePhrases.Date;

    /// <summary>
    /// The date bound to the count ending at <paramref name="countEnd"/>: a date phrase right after it
    /// ("67,317 employees as of December 31, 2023") wins; otherwise the nearest one before the count
    /// ("As of December 31, 2023, Alphabet had 182,502 employees"). Null when the sentence states none.
    /// </summary>
    public static DateOnly? Bound(string sentence, int countStart, int countEnd)
    {
        var after = After().Match(sentence, countEnd);
        if (after.Success && DatePhrases.TryRead(after, out var following))
        {
            return following;
        }

        DateOnly? preceding = null;
        foreach (Match m in PhraseRegex().Matches(sentence))
        {
            if (m.Index + m.Length > countStart)
            {
                break;
            }

            if (DatePhrases.TryRead(m, out var date))
            {
                preceding = date;
            }
        }

        return preceding;
    }

    // Anchored at the count's end; the gap may hold words ("on a full-time basis", "worldwide") but no
    // digits, so a later number's date is never borrowed.
    [GeneratedRegex(@"\G[^\d;.]{0,60}?" + Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(Phrase, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();
}
