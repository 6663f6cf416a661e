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
    /// Sentences in reading order. A line break always ends a sentence (extracted text puts blocks on
    /// their own lines); inside a line a sentence ends at . ! or ? followed by a space and a capital,
    /// unless the period belongs to an abbreviation ("Inc.", "No.", "U.S.") or a number ("1.5").
    /// </summary>
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < line.Length && IsCloser(line[end]))
                {
                    end++;
                }

                if (!IsBoundary(line, i, end))
                {
                    continue;
                }

                var sentence = line[start..end].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = end;
                i = end - 1;
            }

            var rest = line[start..].Trim();
            if (rest.Length > 0)
            {
                yield return rest;
            }
        }
    }

    /// <summary>True when the mark at <paramref name="mark"/> (closers running to <paramref name="end"/>) ends a sentence.</summary>
    private static bool IsBoundary(string line, int mark, int end)
    {
        if (end >= line.Length || !char.IsWhiteSpace(line[end]))
        {
            // End of line is handled by the caller; "1.5", "Amazon.com" and "U.S." mid-token are not ends.
            return false;
        }

        var next = end;
        while (next < line.Length && char.IsWhiteSpace(line[next]))
        {
            next++;
        }

        // Lower case or a digit after the period means the sentence goes on ("Dec. 31", "approx. 1,000").
        if (next >= line.Length || char.IsLower(line[next]) || char.IsDigit(line[next]))
        {
            return false;
        }

        return line[mark] != '.' || !IsAbbreviation(line, mark);
    }

    private static bool IsAbbreviation(string line, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(line[start - 1]) || line[start - 1] == '.'))
        {
            start--;
        }

        var word = line.AsSpan(start, period - start);

        // A single letter is an initial ("John A. Smith") or part of one ("U.S.").
        return word.Length == 1
            || AbbreviationLookup.Contains(word);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019';
}
