namespace IndustryTracker.Core.Charts;

/// <summary>
/// One company's plotted values. A missing value splits the line into <see cref="Segments"/> so a gap shows as a
/// gap, never as a drop to 0.
/// </summary>
internal sealed record ChartSeries(string Ticker, string Label, IReadOnlyList<IReadOnlyList<ChartPoint>> Segments)
{
    public IEnumerable<ChartPoint> Points => Segments.SelectMany(s => s);
}
