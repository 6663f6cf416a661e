using System.Threading.RateLimiting;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// The one limiter every SEC request waits on. A sliding window split into ten segments keeps any one-second
/// window at or under the limit; waiting requests queue instead of failing.
/// </summary>
public sealed class SecRateLimiter(int perSecond) : IDisposable
{
    public RateLimiter Limiter { get; } = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = perSecond,
        Window = TimeSpan.FromSeconds(1),
        SegmentsPerWindow = 10,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public void Dispose() => Limiter.Dispose();
}
