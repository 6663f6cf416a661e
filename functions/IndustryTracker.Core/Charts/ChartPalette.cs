namespace IndustryTracker.Core.Charts;

/// <summary>
/// Colours and markers, one pair per company in order. The hues stay distinguishable for the common colour-vision
/// deficiencies and in greyscale print, and the marker shapes differ too, so no reader depends on colour alone.
/// </summary>
internal static class ChartPalette
{
    public const string Text = "#222222";
    public const string MutedText = "#555555";
    public const string FaintText = "#6b6b6b";
    public const string Grid = "#e3e3e3";
    public const string Axis = "#8a8a8a";

    private static readonly string[] Colors = ["#1f5fa8", "#e07b00", "#2a9d5c", "#c2185b", "#6a4c9c", "#8c6d31", "#4d4d4d"];

    private static readonly ScottPlot.MarkerShape[] Markers =
    [
        ScottPlot.MarkerShape.FilledCircle, ScottPlot.MarkerShape.FilledSquare, ScottPlot.MarkerShape.FilledTriangleUp,
        ScottPlot.MarkerShape.FilledDiamond, ScottPlot.MarkerShape.FilledTriangleDown,
    ];

    public static string ColorHex(int index) => Colors[index % Colors.Length];

    public static ScottPlot.Color Color(int index) => ScottPlot.Color.FromHex(ColorHex(index));

    public static ScottPlot.MarkerShape Marker(int index) => Markers[index % Markers.Length];
}
