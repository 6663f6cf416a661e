namespace IndustryTracker.Core.Charts;

/// <summary>One company's bar in a single-year chart; a null value draws no bar (and says so), never a bar of 0.</summary>
internal sealed record ChartBar(string Ticker, string Label, double? Value);
