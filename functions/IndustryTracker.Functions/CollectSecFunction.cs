using IndustryTracker.Core.Sources.Sec;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

/// <summary>All SEC fetching, as one timer (timers run as a singleton, which keeps SEC's per-user rate limit).</summary>
public sealed class CollectSecFunction(SecCollector collector)
{
    [Function("collect-sec")]
    public Task Run([TimerTrigger("%CollectSecSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        collector.CollectAsync(tickers: null, progress: null, cancellationToken);
}
