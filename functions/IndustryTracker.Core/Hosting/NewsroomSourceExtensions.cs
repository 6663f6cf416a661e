using IndustryTracker.Core.Sources.Newsroom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Hosting;

public static class NewsroomSourceExtensions
{
    /// <summary>Company newsroom feeds and articles: options validated at start, the collector, and its resilient typed client.</summary>
    public static IHostApplicationBuilder AddNewsroomSource(this IHostApplicationBuilder builder)
    {
        // No default hosts beyond the feeds' own sites, but a host listed twice is refused like any list setting's.
        builder.Services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.Section)
            .ListSetting("Newsroom:AllowedHosts", o => o.AllowedHosts, (o, v) => o.AllowedHosts = v, [])
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NewsroomCollector>();
        builder.Services.AddSourceClient<NewsroomClient, NewsroomOptions>("IndustryTracker (newsroom feeds)", o => (o.TimeoutSeconds, o.RetryDelay));
        return builder;
    }
}
