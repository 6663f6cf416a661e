using System.Globalization;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Storage;

/// <summary>
/// <see cref="DocumentRecord.Rejections"/> as text: one line per refused figure, "reason: “sentence”". A table property
/// holds at most 32K characters, and a hostile document can state thousands of absurd figures, so the column keeps the
/// first <see cref="MaxLines"/>, each sentence cut at <see cref="MaxSentence"/> characters, and says how many it left
/// out; <see cref="DocumentRecord.RejectionCount"/> keeps the full count.
/// </summary>
public static class RejectionText
{
    public const int MaxLines = 20;
    public const int MaxSentence = 300;

    public static string Format(IReadOnlyList<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        var lines = rejections.Take(MaxLines).Select(r => $"{r.Reason}: \u201c{Shorten(r.Sentence)}\u201d").ToList();
        if (rejections.Count > MaxLines)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"and {rejections.Count - MaxLines} more"));
        }

        return string.Join('\n', lines);
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n');

    private static string Shorten(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxSentence ? flat : string.Concat(flat.AsSpan(0, MaxSentence), "\u2026");
    }
}
