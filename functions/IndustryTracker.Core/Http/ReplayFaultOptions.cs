using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Http;

/// <summary>Fault injection over a replay tree (<c>Replay:Faults:*</c>), for reliability tests; off unless Rate &gt; 0.</summary>
public sealed class ReplayFaultOptions
{
    /// <summary>The share of requests answered with a fault, 0 to 1.</summary>
    [Range(0.0, 1.0)] public double Rate { get; set; }

    /// <summary>The same seed gives the same faults for the same requests, whatever their order.</summary>
    public int Seed { get; set; }

    /// <summary>Retry-After values are drawn from 0 to this many whole seconds.</summary>
    [Range(0, 120)] public int MaxRetryAfterSeconds { get; set; } = 1;
}
