using System.Threading.RateLimiting;
using IndustryTracker.Core.Http;
using IndustryTracker.Core.Sources.Sec;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace IndustryTracker.Core.Hosting;

public static class SecSourceExtensions
{
    private const string ReplayUserAgent = "IndustryTracker replay (no requests leave this machine)";

    /// <summary>
    /// The SEC source: one typed client whose pipeline is, outside in: total timeout, retry (jittered backoff,
    /// honouring Retry-After), the shared rate limiter (so retries are counted too), per-attempt timeout.
    /// </summary>
    /// <param name="validateOnStart">
    /// Hosts that collect (the function app, `tracker ingest`/`up`) fail at start on bad SEC settings; hosts that only
    /// read stored facts do not need a User-Agent and validate on first use instead.
    /// </param>
    public static IHostApplicationBuilder AddSecSource(this IHostApplicationBuilder builder, bool validateOnStart = true)
    {
        var sec = builder.Services.AddOptions<SecOptions>().BindConfiguration(SecOptions.Section)
            .ListSetting("Sec:Forms", o => o.Forms, (o, v) => o.Forms = v, SecOptions.DefaultForms)
            .ListSetting("Sec:AllowedHosts", o => o.AllowedHosts, (o, v) => o.AllowedHosts = v, SecOptions.DefaultAllowedHosts)
            .ValidateDataAnnotations();
        if (validateOnStart)
        {
            sec.ValidateOnStart();
        }

        builder.Services.AddSingleton<IValidateOptions<SecOptions>, SecOptionsValidator>();
        builder.Services.AddSingleton(sp => new SecRateLimiter(sp.GetRequiredService<IOptions<SecOptions>>().Value.MaxRequestsPerSecond));
        builder.Services.AddSingleton<SecFeeds>();
        builder.Services.AddSingleton<SecExhibits>();
        builder.Services.AddSingleton<SecCollector>();

        builder.Services
            .AddHttpClient<SecClient>(SecClient.Name, (sp, http) =>
            {
                var userAgent = sp.GetRequiredService<IOptions<SecOptions>>().Value.UserAgent;
                var replay = sp.GetRequiredService<IOptions<ReplayOptions>>().Value.IsReplay;
                // SEC's requested form ("Name contact@example.org") is not a valid product token list, so skip validation.
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", string.IsNullOrWhiteSpace(userAgent) && replay ? ReplayUserAgent : userAgent);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("sec", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SecOptions>>().Value;
                var limiter = context.ServiceProvider.GetRequiredService<SecRateLimiter>();
                var attemptTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                pipeline
                    .AddTimeout(attemptTimeout * 4)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 3,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryDelay,
                        ShouldRetryAfterHeader = true,
                    })
                    // Per host (see SelectPipelineByAuthority): data.sec.gov failing does not cut off www.sec.gov.
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = 20,
                        SamplingDuration = attemptTimeout * 2 > TimeSpan.FromSeconds(30) ? attemptTimeout * 2 : TimeSpan.FromSeconds(30),
                        BreakDuration = TimeSpan.FromSeconds(30),
                    })
                    .AddRateLimiter(new HttpRateLimiterStrategyOptions
                    {
                        RateLimiter = args => limiter.Limiter.AcquireAsync(1, args.Context.CancellationToken),
                    })
                    .AddTimeout(attemptTimeout);
            })
            .SelectPipelineByAuthority();
        return builder;
    }
}
