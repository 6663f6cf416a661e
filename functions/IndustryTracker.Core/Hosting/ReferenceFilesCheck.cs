using IndustryTracker.Core.Claims;
using IndustryTracker.Core.Companies;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryTracker.Core.Hosting;

/// <summary>
/// Loads the companies file and the claims file when the host starts. A wrong companies path or an invalid company
/// entry stops the function app or the CLI at start with the message naming the setting, entry and field, rather than
/// failing the first timer run or API call hours later. The claims file never stops anything (claims are commentary
/// on the data, not input to it): each of its problems is logged here as a warning and listed by <c>/api/claims</c>.
/// Both stay loaded for the host's life (singletons), so nothing is read twice. Registered before storage is
/// initialised: a bad companies file is reported without touching storage.
/// </summary>
public sealed partial class ReferenceFilesCheck(CompanyCatalog companies, ClaimsService claims, ILogger<ReferenceFilesCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = companies.Companies.Count;
        foreach (var problem in claims.Problems)
        {
            ClaimsProblem(logger, problem);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claims: {Problem} (left out of the check; the pipeline runs)")]
    private static partial void ClaimsProblem(ILogger logger, string problem);
}
