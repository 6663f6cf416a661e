using System.CommandLine;

namespace IndustryTracker.Cli.Commands;

public static class TrackerCommandLine
{
    public static RootCommand Build()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("IndustryTracker: cited headcount, layoffs and financials of big employers, from SEC filings.");
        foreach (var option in global.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(UpCommand.Create(global));
        root.Subcommands.Add(IngestCommand.Create(global));
        root.Subcommands.Add(FactsCommand.Create(global));
        root.Subcommands.Add(BenchmarksCommand.Create(global));
        root.Subcommands.Add(LayoffsCommand.Create(global));
        root.Subcommands.Add(ClaimsCommand.Create(global));
        root.Subcommands.Add(CompaniesCommand.Create(global));
        root.Subcommands.Add(ChartCommand.Create(global));
        root.Subcommands.Add(ServeCommand.Create(global));
        root.Subcommands.Add(ExportCommand.Create(global));
        root.Subcommands.Add(ReprocessCommand.Create(global));
        root.Subcommands.Add(DocumentsCommand.Create(global));
        root.Subcommands.Add(EvalCommand.Create(global));
        root.Subcommands.Add(StatementsCommand.Create(global));
        root.Subcommands.Add(ReliabilityReportCommand.Create());
        return root;
    }
}
