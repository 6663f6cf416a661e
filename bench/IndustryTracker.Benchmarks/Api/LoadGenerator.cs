using System.Diagnostics;
using System.Net;

namespace IndustryTracker.Benchmarks.Api;

/// <summary>
/// N concurrent workers sending one kind of request back to back for a fixed time, each latency recorded.
/// Every response must have the expected status: a fast error is not throughput.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<HttpRequestMessage> request, HttpStatusCode expected, int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.StatusCode != expected)
                {
                    throw new InvalidOperationException($"{message.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}.");
                }
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count, all.Count / elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
