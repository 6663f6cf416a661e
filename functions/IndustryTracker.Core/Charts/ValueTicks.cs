namespace IndustryTracker.Core.Charts;

/// <summary>
/// Value-axis ticks at round steps (1, 2, 2.5 or 5 × 10ⁿ), all labelled with the same number of decimals, so an
/// axis reads "$0.0M, $0.5M, … $2.0M" rather than ScottPlot's per-tick "$2M, $2.2M".
/// </summary>
internal sealed record ValueTicks(IReadOnlyList<double> Positions, int Decimals)
{
    // At most this many steps: 5 to 9 gridlines on a 675-pixel-high chart.
    private const int MaxSteps = 8;

    public static ValueTicks For(double low, double high, bool whole)
    {
        var rough = (high - low) / MaxSteps;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        if (whole)
        {
            step = Math.Max(1, Math.Round(step));
        }

        // 2.5 × 10ⁿ needs one decimal more than its magnitude; steps of 10 or more need none.
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9) + (step / magnitude == 2.5 ? 1 : 0));
        var first = Math.Ceiling(low / step - 1e-9) * step;
        var positions = new List<double>();
        for (var v = first; v <= high + step * 1e-9; v += step)
        {
            positions.Add(Math.Round(v / step) * step); // no accumulated 0.30000000000000004
        }

        return new ValueTicks(positions, decimals);
    }
}
