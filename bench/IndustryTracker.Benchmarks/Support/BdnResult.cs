namespace IndustryTracker.Benchmarks.Support;

/// <summary>One benchmark case: its method, its parameter (if any), mean time in nanoseconds and bytes allocated per operation.</summary>
public sealed record BdnResult(string Method, string? Parameter, double MeanNanoseconds, long AllocatedBytes);
