namespace IndustryTracker.Benchmarks.Api;

/// <summary>What a fixed-duration load run saw: completed requests, their rate and latency percentiles (ms).</summary>
public sealed record LoadResult(int Requests, double RequestsPerSecond, double P50, double P99);
