using System.Diagnostics;
using IndustryTracker.Benchmarks.Api;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>Sequential requests (one at a time, so latency is not queueing) and their median latency in ms.</summary>
public static class LatencyProbe
{
    public static async Task<double> MedianAsync(HttpClient client, IReadOnlyList<string> paths)
    {
        var latencies = new List<double>(paths.Count);
        foreach (var path in paths)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        latencies.Sort();
        return LoadGenerator.Percentile(latencies, 0.5);
    }
}
