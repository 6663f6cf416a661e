using Azure.Storage.Queues;

namespace IndustryTracker.Benchmarks.Pipeline;

/// <summary>One handler's timed drains of <see cref="Drains"/>: the median throughput and the storage requests per item.</summary>
public sealed class Drain(QueueClient queue, Func<string, long, CancellationToken, Task> handler, int items)
{
    private readonly List<TimeSpan> _times = [];
    private readonly List<int> _requests = [];

    public QueueClient Queue => queue;

    public Func<string, long, CancellationToken, Task> Handler => handler;

    public double ItemsPerSecond => items / Median(_times).TotalSeconds;

    public double RequestsPerItem => (double)Median(_requests) / items;

    public void Record(TimeSpan elapsed, int requests)
    {
        _times.Add(elapsed);
        _requests.Add(requests);
    }

    private static T Median<T>(List<T> values) =>
        values.Count == 0 ? throw new InvalidOperationException("No timed drain was recorded.") : values.Order().ElementAt(values.Count / 2);
}
