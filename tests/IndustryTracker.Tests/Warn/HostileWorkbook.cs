using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace IndustryTracker.Tests.Warn;

/// <summary>
/// Hostile workbooks WRITTEN BY THE TESTS: California's real EDD report with its shared-strings part replaced by one
/// string of <c>megabytes</c> MB of 'A', which deflate packs about 1,000 to 1 — a zip bomb of the shape that cost the
/// normalizer five OutOfMemoryExceptions.
/// </summary>
internal static class HostileWorkbook
{
    public const string EddUrl = "https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx";

    public static byte[] Bomb(int megabytes)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var real = new ZipArchive(new MemoryStream(File.ReadAllBytes(Support.Fixtures.ReplayFile(EddUrl)))))
        {
            foreach (var part in real.Entries)
            {
                using var to = zip.CreateEntry(part.FullName, CompressionLevel.SmallestSize).Open();
                if (part.FullName != "xl/sharedStrings.xml")
                {
                    using var from = part.Open();
                    from.CopyTo(to);
                    continue;
                }

                to.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>"));
                var chunk = new byte[1 << 20];
                Array.Fill(chunk, (byte)'A');
                for (var i = 0; i < megabytes; i++)
                {
                    to.Write(chunk);
                }

                to.Write("</t></si></sst>"u8);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="xlsx"/> with every part's declared uncompressed size overwritten with its compressed size (ratio 1,
    /// nothing to see in the directory), in both the local headers and the central directory.
    /// </summary>
    public static byte[] WithLyingSizes(byte[] xlsx)
    {
        var bytes = (byte[])xlsx.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                // Local header: compressed size at 18, uncompressed at 22.
                bytes.AsSpan(18 + i, 4).CopyTo(bytes.AsSpan(22 + i, 4));
            }
            else if (signature == 0x02014b50)
            {
                // Central directory: compressed size at 20, uncompressed at 24.
                bytes.AsSpan(20 + i, 4).CopyTo(bytes.AsSpan(24 + i, 4));
            }
        }

        return bytes;
    }
}
