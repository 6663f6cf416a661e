using IndustryTracker.Core.Sources.Newsroom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

public static class NewsroomSourceExtensions
{
    // Polly's floor for the breaker's sampling window.
    private static readonly TimeSpan MinSampling = TimeSpan.FromSeconds(0.5);

    /// <summary>Company newsroom feeds and articles: a typed client with the standard resilience pipeline.</summary>
    public static IHostApplicationBuilder AddNewsroomSource(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NewsroomCollector>();
        builder.Services
            .AddHttpClient<NewsroomClient>((sp, http) =>
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "IndustryTracker (newsroom feeds)");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler()
            // One pipeline, so one circuit breaker, per host: a failing site does not cut off the others.
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<NewsroomOptions>>().Value;
                var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                o.AttemptTimeout.Timeout = timeout;
                o.TotalRequestTimeout.Timeout = timeout * 4;
                o.CircuitBreaker.SamplingDuration = timeout * 2 > MinSampling ? timeout * 2 : MinSampling;
                o.Retry.Delay = options.RetryDelay;
            });
        return builder;
    }
}
