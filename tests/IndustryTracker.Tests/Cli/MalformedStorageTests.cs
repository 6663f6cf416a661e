using IndustryTracker.Cli.Reliability;
using IndustryTracker.Core.Hosting;
using IndustryTracker.Tests.Reliability;
using IndustryTracker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Tests.Cli;

/// <summary>
/// Issue 13 row 11: a malformed storage connection string stops the CLI (exit 2) and the function app's host at start
/// with a message naming the setting and what is wrong, never quoting the string (it may hold an account key). Before:
/// `tracker benchmarks --storage x` died with an unhandled ArgumentNullException (exit 1).
/// </summary>
public sealed class MalformedStorageTests
{
    /// <summary>A made-up key: valid Base64, so only the malformed part around it is reported.</summary>
    private const string Key = "c2VjcmV0LWFjY291bnQta2V5LWZvci10ZXN0cw==";

    [Fact]
    public async Task Benchmarks_StorageX_Exits2NamingTheSetting()
    {
        var result = await TrackerProcess.RunAsync(["benchmarks", "--storage", "x"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "Configuration error: DataAnnotation validation failed for 'StorageOptions' members: 'AzureWebJobsStorage' with the error: "
            + "'AzureWebJobsStorage (the CLI's --storage) is not a valid Azure Storage connection string: part 1 of 1 is not a Key=Value pair. "
            + "Expected e.g. DefaultEndpointsProtocol=https;AccountName=NAME;AccountKey=KEY;EndpointSuffix=core.windows.net, or UseDevelopmentStorage=true.'.",
            result.Stderr.Trim());
        Assert.Empty(result.Stdout);
        ReliabilityResults.Record("hostile", new ReliabilityObservation(
            Fault: "hostile 11: malformed storage connection string",
            Injected: "tracker benchmarks --storage x",
            Times: 1,
            Expected: "exit 2 at start, naming --storage / AzureWebJobsStorage and what is wrong",
            Observed: $"exit {result.ExitCode}: {result.Stderr.Trim()[..Math.Min(160, result.Stderr.Trim().Length)]}… (before: exit 1, unhandled ArgumentNullException)"));
    }

    [Fact]
    public async Task Benchmarks_KeyThatIsNotBase64FromTheEnvironment_Exits2WithoutQuotingIt()
    {
        var result = await TrackerProcess.RunAsync(["benchmarks"], new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=s3cret-not-base64!;EndpointSuffix=core.windows.net",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("AzureWebJobsStorage (the CLI's --storage) is not a valid Azure Storage connection string: AccountKey is not valid Base64", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The function app calls the same AddIndustryTracker; its host fails at start with the same message.</summary>
    [Theory]
    [InlineData("x", "part 1 of 1 is not a Key=Value pair")]
    [InlineData($"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={Key};EndpointSuffix=core.windows.net;Bogus", "part 5 of 5 is not a Key=Value pair")]
    // The key's Base64 padding makes it look like Key=Value: reported by position, its text never quoted.
    [InlineData($"DefaultEndpointsProtocol=https;AccountName=acct;{Key}", "part 3 of 3 has a key Azure Storage does not know")]
    [InlineData($"AccountName=acct;AccountKey={Key};Colour=blue", "part 3 of 3 has a key Azure Storage does not know")]
    [InlineData($"DefaultEndpointsProtocol=ftp;AccountName=acct;AccountKey={Key}", "DefaultEndpointsProtocol must be http or https")]
    [InlineData($"AccountName=acct;AccountKey={Key};BlobEndpoint=not-a-url", "BlobEndpoint is not an absolute http(s) URL")]
    [InlineData($"AccountName=acct;AccountName=other;AccountKey={Key}", "AccountName is given twice")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage can only be true")]
    [InlineData($"DefaultEndpointsProtocol=https;AccountKey={Key}", "it names no account (AccountName) and not all of BlobEndpoint, QueueEndpoint and TableEndpoint")]
    public async Task FunctionHostStart_MalformedConnectionString_FailsSayingWhatIsWrong(string connectionString, string problem)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(TestStorage.Settings(connectionString));
        builder.AddIndustryTracker();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"AzureWebJobsStorage (the CLI's --storage) is not a valid Azure Storage connection string: {problem}. Expected e.g. ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData($"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={Key};EndpointSuffix=core.windows.net")]
    [InlineData($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;")]
    public void Check_WellFormedConnectionStrings_HaveNoProblem(string connectionString) =>
        Assert.Null(Core.Storage.StorageConnectionStringCheck.Problem(connectionString));
}
