namespace IndustryTracker.Core.Charts;

/// <summary>How a metric is drawn: a line per company across fiscal years, or one bar per company for a single year.</summary>
public enum ChartKind
{
    Line,
    Bar,
}
