using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Pipeline;

/// <summary>
/// Runs a queue to empty on one machine the way the Functions host runs a queue trigger: a message is deleted
/// after its handler succeeds, made visible again after a failure, and moved to the poison queue once it has been
/// tried <c>maxDequeueCount</c> times. The CLI uses it; in Azure the host does this itself.
/// </summary>
public sealed partial class QueueDrainer(ILogger<QueueDrainer> logger)
{
    public async Task<DrainResult> DrainAsync(
        QueueClient queue,
        QueueClient? poison,
        int maxDequeueCount,
        int parallelism,
        Func<string, long, CancellationToken, Task> handler,
        CancellationToken cancellationToken)
    {
        int succeeded = 0, failedAttempts = 0, poisoned = 0;
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (message, ct) =>
            {
                try
                {
                    await handler(message.MessageText, message.DequeueCount, ct);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                    Interlocked.Increment(ref succeeded);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // Emulating the host: it catches every handler failure and decides between retry and poison.
                    Interlocked.Increment(ref failedAttempts);
                    HandlerFailed(logger, queue.Name, message.DequeueCount, ex.Message);
                    if (message.DequeueCount >= maxDequeueCount)
                    {
                        if (poison is not null)
                        {
                            await poison.SendMessageAsync(message.MessageText, ct);
                        }

                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                        Interlocked.Increment(ref poisoned);
                    }
                    else
                    {
                        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: ct);
                    }
                }
            });
        }

        return new DrainResult(succeeded, failedAttempts, poisoned);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue}: attempt {Attempt} failed: {Reason}")]
    private static partial void HandlerFailed(ILogger logger, string queue, long attempt, string reason);
}
