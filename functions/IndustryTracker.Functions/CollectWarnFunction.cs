using IndustryTracker.Core.Sources.Warn;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

public sealed class CollectWarnFunction(WarnCollector collector)
{
    [Function("collect-warn")]
    public Task Run([TimerTrigger("%CollectWarnSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        collector.CollectAsync(progress: null, cancellationToken);
}
