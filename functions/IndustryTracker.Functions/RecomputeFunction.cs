using IndustryTracker.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

public sealed class RecomputeFunction(Recomputer recomputer)
{
    [Function("recompute")]
    public Task Run([QueueTrigger("%RecomputeQueue%")] string message, CancellationToken cancellationToken) =>
        recomputer.HandleAsync(message, cancellationToken);
}
