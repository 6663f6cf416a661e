using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.IO.Compression;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// How big a WARN workbook (an XLSX: a ZIP of XML parts) may be once inflated. ExcelDataReader inflates every part it
/// reads into memory (shared strings become one string list), so a 1.6 MB file whose shared strings inflate to 1.5 GB
/// cost five OutOfMemoryExceptions before it was quarantined. <see cref="Problem"/> refuses such a file before any
/// reader sees it. California's real report is 20 KB inflating to 85 KB (ratio 5), far inside every default.
/// </summary>
public sealed class WorkbookLimits
{
    public const string Section = "Warn:Workbook";

    /// <summary>The sum of every part's inflated size.</summary>
    [Range(1, 4096)] public int MaxUncompressedMegabytes { get; set; } = 256;

    /// <summary>Inflated ÷ compressed over the whole file. Spreadsheet XML compresses 5–20×; deflate tops out near 1,000×.</summary>
    [Range(2, 1100)] public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Parts in the ZIP. A one-sheet report has about ten.</summary>
    [Range(1, 100_000)] public int MaxEntries { get; set; } = 1_000;

    public long MaxUncompressedBytes => MaxUncompressedMegabytes * 1024L * 1024L;

    /// <summary>
    /// Why <paramref name="xlsx"/> may not be read, or null when it may. First the ZIP's own directory (entry count,
    /// declared sizes, ratio) — cheap, and enough for an honest bomb. Then every part is inflated once into nothing,
    /// counting bytes, because declared sizes can lie: a part that inflates past its declared size, or past the
    /// total cap, is refused as soon as the count passes it, so memory stays at one buffer whatever the file claims.
    /// The stream is left at its start.
    /// </summary>
    public string? Problem(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var start = xlsx.Position;
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            return Declared(zip) ?? Inflated(zip);
        }
        catch (InvalidDataException ex)
        {
            return "not a readable XLSX (ZIP) file: " + ex.Message;
        }
        finally
        {
            xlsx.Position = start;
        }
    }

    private string? Declared(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return Invariant($"the workbook has {zip.Entries.Count} parts, over the limit of {MaxEntries} (Warn:Workbook:MaxEntries)");
        }

        var inflated = zip.Entries.Sum(e => e.Length);
        var compressed = Math.Max(1, zip.Entries.Sum(e => e.CompressedLength));
        return TooBig(inflated, "declares") ?? RatioProblem(inflated, compressed);
    }

    private string? Inflated(ZipArchive zip)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            long read = 0;
            using var part = entry.Open();
            for (int n; (n = part.Read(buffer)) > 0;)
            {
                read += n;
                total += n;
                if (read > entry.Length)
                {
                    return Invariant($"the part {entry.FullName} inflates past its declared {entry.Length} bytes");
                }

                if (TooBig(total, "inflates to more than") is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private string? TooBig(long inflated, string verb) =>
        inflated > MaxUncompressedBytes
            ? Invariant($"the workbook {verb} {inflated / (1024 * 1024)} MB once inflated, over the limit of {MaxUncompressedMegabytes} MB (Warn:Workbook:MaxUncompressedMegabytes)")
            : null;

    private string? RatioProblem(long inflated, long compressed) =>
        inflated / compressed > MaxCompressionRatio
            ? Invariant($"the workbook inflates {inflated / compressed}× ({compressed} bytes to {inflated}), over the limit of {MaxCompressionRatio}× (Warn:Workbook:MaxCompressionRatio)")
            : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
