using System.CommandLine;
using System.Text.Json;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Companies;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// <c>tracker companies add|list|remove</c>: the tracked companies, changed without a redeploy (the same registry as
/// <c>POST /api/companies</c>). An unknown ticker exits 2 naming it and nothing is stored.
/// </summary>
public static class CompaniesCommand
{
    /// <summary>SEC could not be read (its ticker list or a submissions document): nothing was stored; try again.</summary>
    public const int SecUnavailable = 5;

    private static readonly Column<Company>[] Columns =
    [
        new("ticker", c => c.Ticker), new("cik", c => c.Cik.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("name", c => c.Name),
        new("fiscalYearEnd", c => c.FiscalYearEnd), new("origin", c => c.Origin),
        new("since", c => c.HistorySince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("aliases", c => string.Join(" | ", c.Aliases)),
    ];

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("companies", "The tracked companies: the companies file plus those added by ticker");
        command.Subcommands.Add(Add(global));
        command.Subcommands.Add(List(global));
        command.Subcommands.Add(Remove(global));
        return command;
    }

    private static Command Add(GlobalOptions global)
    {
        var tickers = new Argument<string[]>("TICKER") { Arity = ArgumentArity.OneOrMore, Description = "Tickers as SEC lists them (NVDA, BRK-B)" };
        var alias = new Option<string[]>("--alias")
        {
            Description = "A WARN employer name to match, besides SEC's name and former names; repeat for several",
            AllowMultipleArgumentsPerToken = false,
        };
        var since = new Option<int?>("--since") { Description = $"First year of filings collected (default {CompanyRegistry.DefaultSinceYear}); SEC's older listing pages are read back to it" };
        var format = SharedOptions.Format();
        var command = new Command("add", "Track companies by ticker: CIK, name, former names and fiscal year end from SEC; the next run collects them") { tickers, alias, since, format };
        // collects: resolving a ticker reads SEC, so SEC's settings (the User-Agent) must be valid.
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var change = await session.Get<CompanyRegistry>().AddAsync(parse.GetValue(tickers) ?? [], parse.GetValue(alias) ?? [], parse.GetValue(since), ct);
            return await ReportAsync(change, "added", parse.GetValue(format));
        }, ct, collects: true));
        return command;
    }

    private static Command List(GlobalOptions global)
    {
        var format = SharedOptions.Format();
        var command = new Command("list", "List the tracked companies, where each comes from, and its WARN aliases") { format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            Write(await session.Get<CompanyStore>().TrackedAsync(ct), parse.GetValue(format));
            return 0;
        }, ct));
        return command;
    }

    private static Command Remove(GlobalOptions global)
    {
        var tickers = new Argument<string[]>("TICKER") { Arity = ArgumentArity.OneOrMore, Description = "Tickers added with `companies add`" };
        var format = SharedOptions.Format();
        var command = new Command("remove", "Stop tracking companies added by ticker (their stored facts stay)") { tickers, format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var change = await session.Get<CompanyStore>().RemoveAsync(parse.GetValue(tickers) ?? [], ct);
            return await ReportAsync(change, "removed", parse.GetValue(format));
        }, ct));
        return command;
    }

    private static async Task<int> ReportAsync(CompanyChange change, string done, OutputFormat format)
    {
        switch (change.Outcome)
        {
            case CompanyChange.OutcomeInvalid:
                await Console.Error.WriteLineAsync($"Nothing {done}: {string.Join("; ", change.Problems)}.");
                return CommandRunner.ConfigurationError;
            case CompanyChange.OutcomeUnavailable:
                await Console.Error.WriteLineAsync($"Nothing {done}: {string.Join("; ", change.Problems)}. Try again later.");
                return SecUnavailable;
            default:
                await Console.Error.WriteLineAsync($"{done}: {string.Join(", ", change.Companies.Select(c => c.Ticker))}"
                    + (done == "added" ? " (collected by the next run: tracker ingest, or the collect timers)" : ""));
                Write(change.Companies, format);
                return 0;
        }
    }

    private static void Write(IReadOnlyList<Company> companies, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(companies, RowWriter.Json));
        }
        else
        {
            RowWriter.Write(Console.Out, companies, format, Columns);
        }
    }
}
