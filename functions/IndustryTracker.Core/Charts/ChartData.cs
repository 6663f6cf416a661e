namespace IndustryTracker.Core.Charts;

/// <summary>
/// Everything a chart shows, decided before anything is drawn, so tests can check what is plotted without
/// reading pixels. Values in <see cref="Series"/> and <see cref="Bars"/> are already divided by the scale's divisor.
/// </summary>
internal sealed record ChartData(
    ChartKind Kind,
    string Title,
    string Subtitle,
    AxisScale Scale,
    IReadOnlyList<int> Years,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> SourceLines)
{
    public bool IsEmpty => Kind == ChartKind.Line ? !Series.Any(s => s.Points.Any()) : Bars.All(b => b.Value is null);
}
