using System.Buffers;

namespace IndustryTracker.Core.Documents;

/// <summary>
/// Accumulates extracted text, collapsing whitespace as it goes so no second pass is needed. The buffer is rented:
/// a filing's text is hundreds of thousands of characters, and a fresh buffer that size per document would land on
/// the large-object heap and cost a full collection now and then.
/// </summary>
internal sealed class TextBuffer : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int _length;
    private bool _pendingSpace;

    private char Last => _length > 0 ? _chars[_length - 1] : '\n';

    public void Append(string data)
    {
        EnsureRoom(data.Length + 1);
        foreach (var c in data)
        {
            // char.IsWhiteSpace covers NBSP (U+00A0), figure and narrow no-break spaces, tabs and newlines.
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            // Zero-width characters are layout artefacts; keeping them would split words invisibly.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (_pendingSpace && Last != '\n')
            {
                _chars[_length++] = ' ';
            }

            _pendingSpace = false;
            _chars[_length++] = c;
        }
    }

    /// <summary>Ends the current line; consecutive breaks collapse into one.</summary>
    public void Break()
    {
        _pendingSpace = false;
        if (Last != '\n')
        {
            EnsureRoom(1);
            _chars[_length++] = '\n';
        }
    }

    public override string ToString()
    {
        var end = _length;
        while (end > 0 && _chars[end - 1] == '\n')
        {
            end--;
        }

        return new string(_chars, 0, end);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
    }

    /// <summary>Appending n characters writes at most 2n (a space before each); room for that avoids a check per character.</summary>
    private void EnsureRoom(int count)
    {
        var needed = _length + (2 * count);
        if (needed <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
