using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// Benchmark rows → a publishable PNG: title and units, one line (or bar) per company, legend, a note when the
/// companies' numbers rest on different bases, and a source line naming the filings. Pure: no I/O, no clock.
/// </summary>
public static class ChartRenderer
{
    private const int MinSide = 200;
    private const int MaxSide = 4000;

    /// <summary>The chart as PNG bytes (1200×675 unless <paramref name="options"/> say otherwise).</summary>
    /// <exception cref="ArgumentException">The metric is not one of <see cref="BenchmarkMetrics.All"/>, or the size is out of range.</exception>
    public static byte[] Render(string metric, IReadOnlyList<BenchmarkRow> rows, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new ChartOptions();
        if (options.Width is < MinSide or > MaxSide || options.Height is < MinSide or > MaxSide)
        {
            throw new ArgumentException($"Chart size {options.Width}×{options.Height} is outside {MinSide}–{MaxSide} pixels.", nameof(options));
        }

        return ChartCanvas.Draw(Describe(metric, rows, options), options.Width, options.Height);
    }

    /// <summary>What <see cref="Render"/> draws, without drawing it: the tests check plotted values here.</summary>
    internal static ChartData Describe(string metric, IReadOnlyList<BenchmarkRow> rows, ChartOptions options) =>
        ChartDataBuilder.Build(metric, rows, options);
}
