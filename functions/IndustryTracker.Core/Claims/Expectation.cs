using System.Globalization;

namespace IndustryTracker.Core.Claims;

/// <summary>A claim's figure and how a stored value must relate to it.</summary>
public sealed record Expectation(Comparator Comparator, decimal Value, decimal? Max, decimal TolerancePct)
{
    public bool Holds(decimal actual) => Comparator switch
    {
        Comparator.Eq => actual == Value,
        Comparator.Approx => Math.Abs(actual - Value) <= Value * TolerancePct / 100m,
        Comparator.Between => actual >= Value && actual <= Max,
        Comparator.AtLeast => actual >= Value,
        Comparator.AtMost => actual <= Value,
        _ => throw new InvalidOperationException($"Unknown comparator {Comparator}."),
    };

    /// <summary>Signed distance from the claim's figure (or the nearer end of its range), as a percent of it.</summary>
    public decimal DeviationPct(decimal actual)
    {
        var target = Comparator == Comparator.Between && actual > Max ? Max.Value : Value;
        return target == 0 ? 0 : Math.Round((actual - target) / target * 100m, 1);
    }

    /// <summary>"+3.6%" / "-13.7%": <see cref="DeviationPct"/> signed, for explanations.</summary>
    public string Deviation(decimal actual)
    {
        var pct = DeviationPct(actual);
        return (pct > 0 ? "+" : "") + pct.ToString(CultureInfo.InvariantCulture) + "%";
    }

    public override string ToString() => Comparator switch
    {
        Comparator.Eq => N(Value),
        Comparator.Approx => $"about {N(Value)} (±{TolerancePct.ToString(CultureInfo.InvariantCulture)}%)",
        Comparator.Between => $"{N(Value)}–{N(Max ?? Value)}",
        Comparator.AtLeast => $"at least {N(Value)}",
        Comparator.AtMost => $"at most {N(Value)}",
        _ => N(Value),
    };

    internal static string N(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
