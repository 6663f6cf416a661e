using System.CommandLine;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Pipeline;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Cli.Commands;

/// <summary>The main job on one machine: storage (starting Azurite if none is configured), one ingest cycle, then the API.</summary>
public static class UpCommand
{
    public static Command Create(GlobalOptions global)
    {
        var apiKey = SharedOptions.ApiKey();
        var port = SharedOptions.Port(ServeCommand.DefaultPort);
        var company = SharedOptions.Company();
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the ingest cycle instead of serving the API" };
        var command = new Command("up", "Start storage, ingest (live, or --replay DIR), and serve the API at http://localhost:7071/api") { port, apiKey, company, noServe };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            Console.Error.WriteLine($"Storage: {session.StorageDescription}");
            Console.Error.WriteLine(parse.GetValue(global.Replay) is { } replay ? $"Sources: replayed from {Path.GetFullPath(replay)}" : "Sources: live (SEC EDGAR)");
            var summary = await session.Get<IngestCycle>().RunAsync(CommandRunner.Tickers(parse, company), exportDirectory: null, new ConsoleProgress(), ct);
            SummaryPrinter.Print(Console.Out, summary);
            if (parse.GetValue(noServe))
            {
                return CommandRunner.ExitCodeOf(summary);
            }

            ServeBanner.Print(ApiServer.BaseAddress(session));
            await session.App.WaitForShutdownAsync(ct);
            return CommandRunner.ExitCodeOf(summary);
        }, ct, collects: true, ApiServer.On(parse.GetValue(port), parse.GetValue(apiKey))));
        return command;
    }
}
