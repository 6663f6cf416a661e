using System.CommandLine;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(GlobalOptions global)
    {
        var company = SharedOptions.Company();
        var exportDir = new Option<string?>("--export-dir") { Description = "Also write the exports (CSV, Parquet, manifest) into this directory" };
        var command = new Command("ingest", "One full cycle: collect → normalize → recompute → export, then a per-source summary") { company, exportDir };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            Console.Error.WriteLine($"Storage: {session.StorageDescription}");
            var summary = await session.Get<IngestCycle>().RunAsync(CommandRunner.Tickers(parse, company), parse.GetValue(exportDir), new ConsoleProgress(), ct);
            SummaryPrinter.Print(Console.Out, summary);
            return CommandRunner.ExitCodeOf(summary);
        }, ct, collects: true));
        return command;
    }
}
