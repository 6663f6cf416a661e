using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Companies;

/// <summary>At start, merges the companies added by ticker (the <c>companies</c> table) into the catalog of seeds.</summary>
public sealed class CompanyCatalogLoader(CompanyStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.RefreshAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
