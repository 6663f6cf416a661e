using System.Collections.Frozen;

namespace IndustryTracker.Core.Documents;

/// <summary>Splits extracted text into sentences, good enough for filings' formal English.</summary>
public static class Sentences
{
    // Words that end in a period without ending the sentence. Compared lower-case, without the period.
    // "etc" is deliberately absent: it ends sentences more often than not.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "approx", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
        "vs", "v", "e.g", "i.e", "cf", "fig", "sec", "art", "para", "est", "dept", "u.s", "u.k", "n.a", "s.a", "n.v",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Sentences in reading order, as ranges of <paramref name="text"/> (no string is made for them). A line break
    /// always ends a sentence (extracted text puts blocks on their own lines); inside a line a sentence ends at . ! or ?
    /// followed by a space and a capital, unless the period belongs to an abbreviation ("Inc.", "No.", "U.S.") or a
    /// number ("1.5").
    /// </summary>
    public static IEnumerable<SentenceRange> Ranges(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var start = lineStart;
            var first = true;
            for (var i = lineStart; i < lineEnd; i++)
            {
                if (text[i] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < lineEnd && IsCloser(text[end]))
                {
                    end++;
                }

                if (!IsBoundary(text, lineStart, lineEnd, i, end))
                {
                    continue;
                }

                if (Trimmed(text, start, end) is { } sentence)
                {
                    yield return sentence with { StartsLine = first };
                    first = false;
                }

                start = end;
                i = end - 1;
            }

            if (Trimmed(text, start, lineEnd) is { } rest)
            {
                yield return rest with { StartsLine = first };
            }

            if (newline < 0)
            {
                yield break;
            }

            lineStart = newline + 1;
        }
    }

    private static SentenceRange? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? new SentenceRange(start, end - start, StartsLine: false) : null;
    }

    /// <summary>True when the mark at <paramref name="mark"/> (closers running to <paramref name="end"/>) ends a sentence of the line [lineStart, lineEnd).</summary>
    private static bool IsBoundary(string text, int lineStart, int lineEnd, int mark, int end)
    {
        if (end >= lineEnd || !char.IsWhiteSpace(text[end]))
        {
            // End of line is handled by the caller; "1.5", "Amazon.com" and "U.S." mid-token are not ends.
            return false;
        }

        var next = end;
        while (next < lineEnd && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // Lower case or a digit after the period means the sentence goes on ("Dec. 31", "approx. 1,000").
        if (next >= lineEnd || char.IsLower(text[next]) || char.IsDigit(text[next]))
        {
            return false;
        }

        return text[mark] != '.' || !IsAbbreviation(text, lineStart, mark);
    }

    private static bool IsAbbreviation(string text, int lineStart, int period)
    {
        var start = period;
        while (start > lineStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, period - start);

        // A single letter is an initial ("John A. Smith") or part of one ("U.S.").
        return word.Length == 1
            || AbbreviationLookup.Contains(word);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019';
}
