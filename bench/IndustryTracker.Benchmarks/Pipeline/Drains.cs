using System.Diagnostics;
using Azure.Storage.Queues;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Benchmarks.Pipeline;

/// <summary>
/// Times several handlers draining the same messages through <see cref="QueueDrainer"/>, as <c>tracker ingest</c>
/// drains (32 per receive, 2 in parallel). Each handler first drains them once untimed, so that JIT tiering, regex
/// construction and connections are paid before the clock, as a function app pays them once per instance and not
/// per message. The timed drains then go round the handlers in turn, several rounds, and each keeps its median: on
/// a shared 2-core machine a single drain of a second or two swings by half between runs. After every drain,
/// <paramref name="reset"/> runs untimed: it clears what the handlers left queued for later stages (recompute
/// messages), which nothing consumes here and which, left to pile up, slow every queue operation of Azurite's
/// in-memory store, the floor's included.
/// </summary>
public sealed class Drains(QueueDrainer drainer, StorageRequestLog log, IReadOnlyList<string> messages, int rounds, Func<Task> reset)
{
    private readonly List<Drain> _drains = [];

    public Drain Add(QueueClient queue, Func<string, long, CancellationToken, Task> handler)
    {
        var drain = new Drain(queue, handler, messages.Count);
        _drains.Add(drain);
        return drain;
    }

    public async Task RunAsync()
    {
        foreach (var drain in _drains)
        {
            await DrainAsync(drain);
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var drain in _drains)
            {
                var (elapsed, requests) = await DrainAsync(drain);
                drain.Record(elapsed, requests);
            }
        }
    }

    private async Task<(TimeSpan Elapsed, int Requests)> DrainAsync(Drain drain)
    {
        foreach (var message in messages)
        {
            await drain.Queue.SendMessageAsync(message);
        }

        DrainResult result;
        var clock = Stopwatch.StartNew();
        using (log.Record())
        {
            result = await drainer.DrainAsync(drain.Queue, poison: null, maxDequeueCount: 5, parallelism: 2, drain.Handler, CancellationToken.None);
        }

        clock.Stop();
        await reset();
        if (result.Succeeded != messages.Count)
        {
            throw new InvalidOperationException($"Drained {result.Succeeded} of {messages.Count} messages from {drain.Queue.Name} ({result.FailedAttempts} failed attempts).");
        }

        return (clock.Elapsed, log.Requests.Count);
    }
}
