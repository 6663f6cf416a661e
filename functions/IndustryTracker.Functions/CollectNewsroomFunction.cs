using IndustryTracker.Core.Sources.Newsroom;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

public sealed class CollectNewsroomFunction(NewsroomCollector collector)
{
    [Function("collect-newsroom")]
    public Task Run([TimerTrigger("%CollectNewsroomSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        collector.CollectAsync(tickers: null, progress: null, cancellationToken);
}
