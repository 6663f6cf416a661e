using System.Diagnostics;

namespace IndustryTracker.Benchmarks.Scale;

/// <summary>Sequential requests (one at a time, so latency is not queueing), each one's latency in ms.</summary>
public static class LatencyProbe
{
    public static async Task<List<double>> LatenciesAsync(HttpClient client, IEnumerable<string> paths)
    {
        var latencies = new List<double>();
        foreach (var path in paths)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return latencies;
    }
}
