using IndustryTracker.Core.Sources.Warn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Hosting;

public static class WarnSourceExtensions
{
    /// <summary>WARN publications: options validated at start, the collector, and its resilient typed client.</summary>
    public static IHostApplicationBuilder AddWarnSource(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarnOptions>().BindConfiguration(WarnOptions.Section)
            .ListSetting("Warn:States", o => o.States, (o, v) => o.States = v, WarnOptions.DefaultStates)
            .ListSetting("Warn:AllowedHosts", o => o.AllowedHosts, (o, v) => o.AllowedHosts = v, WarnOptions.DefaultAllowedHosts)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<WorkbookLimits>().BindConfiguration(WorkbookLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WarnCollector>();
        builder.Services.AddSourceClient<WarnClient, WarnOptions>("IndustryTracker (WARN notices)", o => (o.TimeoutSeconds, o.RetryDelay));
        return builder;
    }
}
