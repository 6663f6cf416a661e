using IndustryTracker.Core.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Hosting;

public static class ClaimsExtensions
{
    /// <summary>
    /// The claims check (<see cref="ClaimsService"/>): claims from <c>Claims:File</c> judged against stored facts.
    /// Needs the storage and companies registrations of <c>AddIndustryTracker</c>.
    /// </summary>
    public static IHostApplicationBuilder AddClaims(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClaimsOptions>().BindConfiguration(ClaimsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ClaimsService>();
        return builder;
    }
}
