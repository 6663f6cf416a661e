using IndustryTracker.Core.Api;

namespace IndustryTracker.Tests.Api;

public sealed class HealthCheckTests
{
    [Theory]
    [InlineData("0 15 */6 * * *", 6 * 60)]
    [InlineData("0 5 * * * *", 60)]
    [InlineData("0 30 5 * * *", 24 * 60)]
    public void Interval_Schedule_IsTheGapBetweenOccurrences(string schedule, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), HealthCheck.Interval(schedule, new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero)));
}
