using System.CommandLine;
using IndustryTracker.Cli.Output;

namespace IndustryTracker.Cli.Commands;

/// <summary>Options several commands take, each created fresh per command.</summary>
public static class SharedOptions
{
    public static Option<string[]> Company() => new("--company")
    {
        Description = "Only this company (ticker); repeat for several",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table, json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string?> ApiKey() => new("--api-key")
    {
        Description = "Require this key in the x-api-key header for data endpoints (health, openapi.json and docs stay open)",
    };

    public static Option<int> Port(int defaultPort) => new("--port")
    {
        Description = "Port for the local API server",
        DefaultValueFactory = _ => defaultPort,
    };
}
