using System.Threading.RateLimiting;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// The one limiter every SEC request waits on; waiting requests queue instead of failing.
/// A sliding window hands a permit back one whole window after the start of the segment it was taken in, so a
/// permit taken late in a segment comes back after window − segment. With a one-second window of ten segments that
/// is 0.9 s: ten requests at 0.099 s and ten more at 1.0 s put twenty into one second. Hence a window of
/// 1.1 s in 50 ms segments: a permit is reused no sooner than 1.05 s after its last use, so any one-second window
/// (measured at SEC, after network jitter of up to 50 ms) sees at most the limit, at a cost of under a tenth of
/// the throughput.
/// </summary>
public sealed class SecRateLimiter(int perSecond) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1.1);

    public RateLimiter Limiter { get; } = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = perSecond,
        Window = Window,
        SegmentsPerWindow = 22,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public void Dispose() => Limiter.Dispose();
}
