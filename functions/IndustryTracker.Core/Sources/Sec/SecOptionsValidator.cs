using IndustryTracker.Core.Http;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>Live SEC access without a User-Agent fails at start and says what to set.</summary>
public sealed class SecOptionsValidator(IOptions<ReplayOptions> replay) : IValidateOptions<SecOptions>
{
    public ValidateOptionsResult Validate(string? name, SecOptions options)
    {
        if (replay.Value.IsReplay || !string.IsNullOrWhiteSpace(options.UserAgent))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            "Sec:UserAgent is not set. SEC requires a User-Agent naming you and a contact address, "
            + "e.g. Sec__UserAgent=\"Example Newsroom data@example.org\" (environment) or --sec-user-agent; "
            + "or run offline with --replay DIR.");
    }
}
