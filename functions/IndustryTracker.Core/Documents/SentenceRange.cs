namespace IndustryTracker.Core.Documents;

/// <summary>
/// Where one sentence lies in the text it was split from, trimmed. Parsers test the range before they pay for a
/// string: most sentences of a filing are table rows and money prose that no pattern can match.
/// </summary>
/// <param name="StartsLine">True for the first sentence of a line (a block of the extracted text).</param>
public readonly record struct SentenceRange(int Start, int Length, bool StartsLine)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public string Of(string text) => text.Substring(Start, Length);
}
