using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Cli.Commands;

public static class ServeCommand
{
    public const int DefaultPort = 7071;

    public static Command Create(GlobalOptions global)
    {
        var apiKey = SharedOptions.ApiKey();
        var port = SharedOptions.Port(DefaultPort);
        var command = new Command("serve", "Serve the HTTP API locally (the same endpoints as the function app)") { port, apiKey };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            Console.Error.WriteLine($"Storage: {session.StorageDescription}");
            ServeBanner.Print(ApiServer.BaseAddress(session));
            await session.App.WaitForShutdownAsync(ct);
            return 0;
        }, ct, web: ApiServer.On(parse.GetValue(port), parse.GetValue(apiKey))));
        return command;
    }
}
