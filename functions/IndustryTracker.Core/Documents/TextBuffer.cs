using System.Text;

namespace IndustryTracker.Core.Documents;

/// <summary>Accumulates extracted text, collapsing whitespace as it goes so no second pass is needed.</summary>
internal sealed class TextBuffer
{
    private readonly StringBuilder builder = new(capacity: 64 * 1024);
    private bool pendingSpace;

    public void Append(string data)
    {
        foreach (var c in data)
        {
            // char.IsWhiteSpace covers NBSP (U+00A0), figure and narrow no-break spaces, tabs and newlines.
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            // Zero-width characters are layout artefacts; keeping them would split words invisibly.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (pendingSpace && builder.Length > 0 && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }
    }

    /// <summary>Ends the current line; consecutive breaks collapse into one.</summary>
    public void Break()
    {
        pendingSpace = false;
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }

    public override string ToString()
    {
        var end = builder.Length;
        while (end > 0 && builder[end - 1] == '\n')
        {
            end--;
        }

        return builder.ToString(0, end);
    }
}
