using IndustryTracker.Core.Http;
using IndustryTracker.Core.Sources.Sec;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Tests.Pipeline;

public sealed class SecOptionsValidatorTests
{
    [Fact]
    public void Validate_LiveWithoutUserAgent_FailsSayingWhatToSet()
    {
        var validator = new SecOptionsValidator(Options.Create(new ReplayOptions()));

        var result = validator.Validate(null, new SecOptions());

        Assert.True(result.Failed);
        Assert.Contains("Sec:UserAgent", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Sec__UserAgent", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReplayWithoutUserAgent_Succeeds()
    {
        var validator = new SecOptionsValidator(Options.Create(new ReplayOptions { Directory = "/tmp" }));

        Assert.True(validator.Validate(null, new SecOptions()).Succeeded);
    }

    [Fact]
    public void Validate_LiveWithUserAgent_Succeeds()
    {
        var validator = new SecOptionsValidator(Options.Create(new ReplayOptions()));

        Assert.True(validator.Validate(null, new SecOptions { UserAgent = "Test Desk test@example.org" }).Succeeded);
    }
}
