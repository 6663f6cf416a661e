using IndustryTracker.Core.Charts;

namespace IndustryTracker.Tests.Charts;

public sealed class ValueTicksTests
{
    [Fact]
    public void Ticks_land_on_round_steps_with_one_precision()
    {
        var ticks = ValueTicks.For(0, 2.2, whole: false);
        var scale = AxisScale.For("USD per employee", 2e6);

        Assert.Equal([0, 0.5, 1, 1.5, 2], ticks.Positions);
        Assert.Equal(["0", "$0.5M", "$1.0M", "$1.5M", "$2.0M"], ticks.Positions.Select(v => scale.Format(v, ticks.Decimals)));
    }

    [Fact]
    public void Negative_ranges_include_zero_and_large_steps_have_no_decimals()
    {
        var ticks = ValueTicks.For(-15, 145, whole: false);

        Assert.Equal([0, 20, 40, 60, 80, 100, 120, 140], ticks.Positions.Where(v => v >= 0));
        Assert.Equal(0, ticks.Decimals);
    }

    [Fact]
    public void Whole_units_never_tick_at_fractions()
    {
        var ticks = ValueTicks.For(0, 2.2, whole: true);

        Assert.Equal([0, 1, 2], ticks.Positions);
    }
}
