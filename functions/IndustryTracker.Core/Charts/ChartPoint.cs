namespace IndustryTracker.Core.Charts;

/// <summary>One plotted value, already divided into the axis' scale (e.g. billions of USD).</summary>
internal readonly record struct ChartPoint(int FiscalYear, double Value);
