namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// One benchmark case: its method, its parameter (if any), median time in nanoseconds and bytes allocated per operation.
/// </summary>
public sealed record BdnResult(string Method, string? Parameter, double MedianNanoseconds, long AllocatedBytes);
