using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Companies;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Hosting;

/// <summary>
/// Loads the companies file and the claims file when the host starts, so that a wrong path or an invalid entry stops
/// the function app or the CLI at start with the message naming the setting, entry and field, rather than failing
/// the first timer run or API call hours later. Both stay loaded for the host's life (singletons), so nothing is
/// read twice. Registered before storage is initialised: a bad file is reported without touching storage.
/// </summary>
public sealed class ReferenceFilesCheck(CompanyCatalog companies, ClaimsService claims) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = companies.Companies.Count;
        _ = claims.Claims.Count;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
