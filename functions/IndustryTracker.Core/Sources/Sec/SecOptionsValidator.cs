using IndustryTracker.Core.Http;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>Live SEC access without a User-Agent, or above SEC's 10 requests/s, fails at start and says what to set.</summary>
public sealed class SecOptionsValidator(IOptions<ReplayOptions> replay) : IValidateOptions<SecOptions>
{
    public const int LiveLimit = 10;

    public ValidateOptionsResult Validate(string? name, SecOptions options)
    {
        if (replay.Value.IsReplay)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.MaxRequestsPerSecond > LiveLimit)
        {
            return ValidateOptionsResult.Fail($"Sec:MaxRequestsPerSecond is {options.MaxRequestsPerSecond}; SEC allows at most {LiveLimit} requests/s per user. Set it to {LiveLimit} or less.");
        }

        if (!string.IsNullOrWhiteSpace(options.UserAgent))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            "Sec:UserAgent is not set. SEC requires a User-Agent naming you and a contact address, "
            + "e.g. Sec__UserAgent=\"Example Newsroom data@example.org\" (environment) or --sec-user-agent; "
            + "or run offline with --replay DIR.");
    }
}
