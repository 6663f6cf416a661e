using System.CommandLine;
using IndustryTracker.Cli.Reliability;

namespace IndustryTracker.Cli.Commands;

/// <summary>Renders the fault tests' observations into the reliability table; needs no storage.</summary>
public static class ReliabilityReportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = $"The results folder the fault tests wrote ({ReliabilityReport.ResultsVariable})", Required = true };
        var to = new Option<string?>("--to") { Description = "Write the table here (e.g. docs/reliability.md) instead of stdout" };
        var command = new Command("reliability-report", "Render the fault tests' observations as a Markdown table") { from, to };
        command.SetAction(async (parse, ct) =>
        {
            var directory = parse.GetValue(from)!;
            if (!Directory.Exists(directory))
            {
                await Console.Error.WriteLineAsync($"No results folder '{directory}': run the Reliability tests with {ReliabilityReport.ResultsVariable}={directory} first.");
                return CommandRunner.ConfigurationError;
            }

            var markdown = ReliabilityReport.Render(ReliabilityReport.Read(directory));
            if (parse.GetValue(to) is { } path)
            {
                await File.WriteAllTextAsync(path, markdown, ct);
            }
            else
            {
                await Console.Out.WriteAsync(markdown);
            }

            return 0;
        });
        return command;
    }
}
