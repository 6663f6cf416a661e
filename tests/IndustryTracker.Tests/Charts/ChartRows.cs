using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Tests.Charts;

/// <summary>Benchmark rows written for the chart tests: one metric per row, with a citation like the real ones.</summary>
internal static class ChartRows
{
    public static BenchmarkRow Row(string ticker, int year, string metric, decimal? value, string unit, string? scope = null, int endMonth = 12, string? accession = null, string? note = null)
    {
        var end = new DateOnly(year, endMonth, DateTime.DaysInMonth(year, endMonth));
        var sources = value is null
            ? Array.Empty<Citation>()
            : [new Citation("sec-filing", "https://www.sec.gov/Archives/edgar/data/1/x.htm", accession ?? $"0000000001-{(year + 1) % 100:D2}-000010", "10-K", "quote")];
        var cell = new MetricCell(value, unit, note ?? (value is null ? "needs revenue" : null), sources);
        return new BenchmarkRow(ticker, year, end.AddYears(-1).AddDays(1), end, end, scope, null, new Dictionary<string, MetricCell> { [metric] = cell });
    }

    /// <summary>PNG bytes' width and height, read from the IHDR chunk after checking the 8-byte signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.Length > 33, "too short for a PNG");
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Writes the chart where a person can look at it, when INDUSTRYTRACKER_CHART_DIR names a folder.</summary>
    public static void Keep(string name, byte[] png)
    {
        var dir = Environment.GetEnvironmentVariable("INDUSTRYTRACKER_CHART_DIR");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name + ".png"), png);
        }
    }
}
