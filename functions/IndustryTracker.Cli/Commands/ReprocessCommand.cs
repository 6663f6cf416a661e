using System.CommandLine;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Cli.Commands;

public static class ReprocessCommand
{
    public static Command Create(GlobalOptions global)
    {
        var quarantined = new Option<bool>("--quarantined") { Description = "Only documents that were quarantined" };
        var company = SharedOptions.Company();
        var command = new Command("reprocess", "Re-run parsing over archived documents (after a parser fix); fetches nothing, idempotent") { quarantined, company };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var result = await session.Get<Reprocessor>().RunAsync(parse.GetValue(quarantined), CommandRunner.Tickers(parse, company), new ConsoleProgress(), ct);
            Console.WriteLine($"Reprocessed {result.Normalized.Succeeded} of {result.Queued} documents ({result.Normalized.Poisoned} quarantined again); {result.Recomputed.Succeeded} recomputes.");
            return 0;
        }, ct));
        return command;
    }
}
