using System.CommandLine;

namespace IndustryTracker.Cli.Commands;

/// <summary>Options every command accepts (recursive: they may follow any subcommand).</summary>
public sealed class GlobalOptions
{
    public Option<string?> Storage { get; } = new("--storage")
    {
        Description = "Azure Storage connection string (default: $AzureWebJobsStorage, else a local Azurite the command starts)",
        Recursive = true,
    };

    public Option<string?> Companies { get; } = new("--companies")
    {
        Description = "Companies file (default: seeds/companies.json)",
        Recursive = true,
    };

    public Option<string?> Replay { get; } = new("--replay")
    {
        Description = "Serve outbound requests from this directory (<host>/<path>) instead of the network",
        Recursive = true,
    };

    public Option<string?> Record { get; } = new("--record")
    {
        Description = "Also write live responses into this directory in the replay layout",
        Recursive = true,
    };

    public Option<string?> SecUserAgent { get; } = new("--sec-user-agent")
    {
        Description = "User-Agent for SEC requests: your name and a contact address (default: $Sec__UserAgent)",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show the pipeline's log messages",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Storage, Companies, Replay, Record, SecUserAgent, Verbose];
}
