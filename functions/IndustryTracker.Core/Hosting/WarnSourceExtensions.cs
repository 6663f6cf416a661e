using IndustryTracker.Core.Sources.Warn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

public static class WarnSourceExtensions
{
    // Polly's floor for the breaker's sampling window.
    private static readonly TimeSpan MinSampling = TimeSpan.FromSeconds(0.5);

    /// <summary>WARN publications: a typed client with the standard resilience pipeline (timeouts, retries, circuit breaker).</summary>
    public static IHostApplicationBuilder AddWarnSource(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarnOptions>().BindConfiguration(WarnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WarnCollector>();
        builder.Services
            .AddHttpClient<WarnClient>((sp, http) =>
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "IndustryTracker (WARN notices; https://github.com/)");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler()
            // One pipeline, so one circuit breaker, per host: a failing site does not cut off the others.
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<WarnOptions>>().Value;
                var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                o.AttemptTimeout.Timeout = timeout;
                o.TotalRequestTimeout.Timeout = timeout * 4;
                // The breaker's sampling window must be at least twice the attempt timeout.
                o.CircuitBreaker.SamplingDuration = timeout * 2 > MinSampling ? timeout * 2 : MinSampling;
                o.Retry.Delay = options.RetryDelay;
            });
        return builder;
    }
}
