using System.Diagnostics;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// The process's largest working set while sampling (every 20 ms). The OS's own peak counter cannot be reset, so it
/// would also count whatever ran before; sampling measures just the span of interest.
/// </summary>
public sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public WorkingSetSampler() => _loop = Task.Run(SampleAsync);

    public double PeakMegabytes => Interlocked.Read(ref _peak) / 1048576.0;

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            InterlockedMax(process.WorkingSet64);
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void InterlockedMax(long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, value, current) != current)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
