namespace IndustryTracker.Core.Charts;

/// <summary>What to draw and at what size. The defaults are what journalists paste into drafts (1200×675, 16:9).</summary>
public sealed record ChartOptions
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 675;

    public ChartKind Kind { get; init; } = ChartKind.Line;

    public int Width { get; init; } = DefaultWidth;

    public int Height { get; init; } = DefaultHeight;

    /// <summary>The year a bar chart shows; when null, the latest fiscal year in which any company has a value.</summary>
    public int? Year { get; init; }

    /// <summary>Display names by ticker for the legend (e.g. "META" → "Meta Platforms"); tickers alone when absent.</summary>
    public IReadOnlyDictionary<string, string> CompanyNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The order companies appear in (legend, colours, bars); the rows' own order when empty.</summary>
    public IReadOnlyList<string> Tickers { get; init; } = [];
}
