namespace IndustryTracker.Core.Exports;

/// <summary>
/// A cell's text composed from parts in one reused buffer, so the CSV writer takes it as a span and no string is made
/// per cell. One instance serves every cell of an export.
/// </summary>
public sealed class CellText
{
    private char[] _chars = new char[1024];
    private int _length;

    public bool IsEmpty => _length == 0;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public CellText Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public void Clear() => _length = 0;

    public override string ToString() => new(Span);
}
