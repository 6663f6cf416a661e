namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// English number words as SEC's <c>ixt-sec:numwordsen</c> transform allows them ("no", "two",
/// "twenty-one", "one hundred and five", "three thousand"). Filers use it for counts written out in prose.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (string Word, decimal Value)[] Multipliers =
        [("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m)];

    public static decimal Parse(string text)
    {
        var words = text.ToLowerInvariant()
            .Split([' ', '-', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "and")
            .ToArray();
        if (words is ["no"] or ["none"])
        {
            return 0m;
        }

        if (words.Length == 0)
        {
            throw new FormatException($"'{text}' is not a number in words");
        }

        decimal total = 0m, group = 0m;
        foreach (var word in words)
        {
            int index;
            if ((index = Array.IndexOf(Units, word)) >= 0) { group += index; }
            else if ((index = Array.IndexOf(Tens, word)) >= 2) { group += index * 10; }
            else if (word == "hundred") { group = (group == 0 ? 1 : group) * 100; }
            else if (Array.FindIndex(Multipliers, m => m.Word == word) is var m and >= 0)
            {
                total += (group == 0 ? 1 : group) * Multipliers[m].Value;
                group = 0;
            }
            else
            {
                throw new FormatException($"'{text}' is not a number in words");
            }
        }

        return total + group;
    }
}
