using Azure;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Core.Api;

/// <summary>Is storage reachable, and when did each feed last succeed?</summary>
public sealed class HealthCheck(CheckpointStore checkpoints, TimeProvider time)
{
    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var rows = await checkpoints.ListAsync(timeout.Token);
            var feeds = rows.Select(r => new FeedHealth(r.PartitionKey, r.RowKey, r.LastSuccess, r.LastChange)).ToList();
            return new HealthReport("ok", true, time.GetUtcNow(), feeds);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            // Connection details stay out of the answer; the log has them.
            return new HealthReport("unavailable", false, time.GetUtcNow(), []);
        }
    }
}
