using Azure.Storage.Queues.Models;
using IndustryTracker.Core.Pipeline;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

/// <summary>Parses one archived document. Failures propagate: the host retries, then poisons the message.</summary>
public sealed class NormalizeFunction(Normalizer normalizer)
{
    [Function("normalize")]
    public Task Run([QueueTrigger("%NormalizeQueue%")] QueueMessage message, CancellationToken cancellationToken) =>
        normalizer.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);
}
