using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Storage;

/// <summary>Creates the containers, queues and tables at start, so no step has to check for them.</summary>
public sealed class StorageInitializer(TrackerStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
