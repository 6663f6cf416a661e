using System.Globalization;

namespace IndustryTracker.Core.Charts;

/// <summary>
/// How values are shown on the value axis: the divisor plotted values are scaled by (so ticks land on round
/// numbers of billions, millions, …), the axis label with its units, and the tick and value-label format.
/// </summary>
internal sealed record AxisScale(double Divisor, string AxisLabel, string Prefix, string Suffix, string NumberFormat)
{
    private static readonly (double Divisor, string Word, string Suffix)[] Magnitudes =
    [
        (1e12, "trillions", "T"),
        (1e9, "billions", "B"),
        (1e6, "millions", "M"),
        (1e3, "thousands", "K"),
    ];

    /// <summary>The scale for a unit as <see cref="Benchmarks.MetricCell.Unit"/> spells it and the largest value shown.</summary>
    public static AxisScale For(string unit, double maxAbs) => unit switch
    {
        "USD" => Money("USD", maxAbs),
        "USD per employee" => Money("USD per employee", maxAbs),
        "%" => new AxisScale(1, "Percent", "", "%", "#,0.#"),
        "people" => new AxisScale(1, "People", "", "", "#,0"),
        "rounds" => new AxisScale(1, "Rounds", "", "", "#,0"),
        _ => new AxisScale(1, unit, "", "", "#,0.##"),
    };

    /// <summary>A scaled value as a tick or bar label reads: "$1.5M", "12.5%", "1,540,000".</summary>
    public string Format(double scaled)
    {
        var digits = Math.Abs(scaled).ToString(NumberFormat, CultureInfo.InvariantCulture);
        if (digits.All(c => c is '0' or '.' or ','))
        {
            // The baseline reads "0" or "0%", not "$0B" or "-$0" (rounding can leave a tiny negative).
            return Suffix == "%" ? "0%" : "0";
        }

        // "-$1.2B" reads better than "$-1.2B".
        return (scaled < 0 ? "-" : "") + Prefix + digits + Suffix;
    }

    /// <summary>
    /// A value label on a bar: every bar of one chart with the same number of decimals ("$2.00M", "$1.68M",
    /// "$0.38M"), enough for three significant digits on the largest, so bars read as comparable.
    /// </summary>
    public string FormatValue(double scaled, double largest)
    {
        var decimals = Math.Abs(largest) switch { < 10 => 2, < 100 => 1, _ => 0 };
        return Format(scaled, decimals);
    }

    /// <summary>Whole units only (people, rounds): no decimals on labels, and no tick at half a person.</summary>
    public bool IsWhole => NumberFormat == "#,0";

    /// <summary>A label with exactly <paramref name="decimals"/> decimals (none for whole units), as ticks and bars use.</summary>
    public string Format(double scaled, int decimals) =>
        IsWhole ? Format(scaled) : (this with { NumberFormat = decimals <= 0 ? "#,0" : "#,0." + new string('0', decimals) }).Format(scaled);

    private static AxisScale Money(string label, double maxAbs)
    {
        // The largest magnitude that still leaves the top value at 1 or more, so labels read "$950K" rather than "$0.95M".
        foreach (var (divisor, word, suffix) in Magnitudes)
        {
            if (maxAbs >= divisor)
            {
                return new AxisScale(divisor, $"{label} ({word})", "$", suffix, "#,0.##");
            }
        }

        return new AxisScale(1, label, "$", "", "#,0.##");
    }
}
