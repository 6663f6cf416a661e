using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

/// <summary>
/// The typed client of a source without a rate limit of its own (WARN, newsrooms): the standard resilience pipeline
/// (total and attempt timeouts, jittered retries honouring Retry-After, circuit breaker), one per host, timed from the
/// source's options.
/// </summary>
public static class SourceClientExtensions
{
    // Polly's floor for the breaker's sampling window.
    private static readonly TimeSpan MinSampling = TimeSpan.FromSeconds(0.5);

    public static IServiceCollection AddSourceClient<TClient, TOptions>(this IServiceCollection services, string userAgent, Func<TOptions, (double TimeoutSeconds, TimeSpan RetryDelay)> timing)
        where TClient : class
        where TOptions : class
    {
        services
            .AddHttpClient<TClient>(http =>
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler()
            // One pipeline, so one circuit breaker, per host: a failing site does not cut off the others.
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var (seconds, retryDelay) = timing(sp.GetRequiredService<IOptions<TOptions>>().Value);
                var timeout = TimeSpan.FromSeconds(seconds);
                o.AttemptTimeout.Timeout = timeout;
                o.TotalRequestTimeout.Timeout = timeout * 4;
                // The breaker's sampling window must be at least twice the attempt timeout.
                o.CircuitBreaker.SamplingDuration = timeout * 2 > MinSampling ? timeout * 2 : MinSampling;
                o.Retry.Delay = retryDelay;
            });
        return services;
    }
}
