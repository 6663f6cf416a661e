namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Reads a stream into one buffer for <see cref="System.Text.Json.Utf8JsonReader"/>, without a UTF-8 BOM.
/// One buffer (a few MB for company facts) is simpler than refilling a reader across segments, and the reader
/// still never builds a DOM.
/// </summary>
internal static class Utf8Buffer
{
    public static ReadOnlyMemory<byte> Read(Stream stream)
    {
        ReadOnlyMemory<byte> bytes;
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            bytes = segment.AsMemory((int)memory.Position);
            memory.Position = memory.Length; // consumed, as if read
        }
        else
        {
            var copy = stream.CanSeek ? new MemoryStream(checked((int)(stream.Length - stream.Position))) : new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.GetBuffer().AsMemory(0, (int)copy.Length);
        }

        return bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }
}
