using System.CommandLine;
using System.Globalization;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Cli.Commands;

public static class FactsCommand
{
    private static readonly Column<HeadcountView>[] HeadcountColumns =
    [
        new("ticker", v => v.Ticker), new("asOf", v => v.AsOf), new("employees", v => v.Employees.ToString(CultureInfo.InvariantCulture)),
        new("approximate", v => v.Approximate ? "true" : "false"), new("scope", v => v.Scope), new("form", v => v.Form),
        new("accession", v => v.Accession), new("sentence", v => v.Sentence), new("url", v => v.Url),
        new("asOfResolved", v => v.AsOfResolved),
    ];

    private static readonly Column<FinancialView>[] FinancialColumns =
    [
        new("ticker", v => v.Ticker), new("metric", v => v.Metric), new("periodStart", v => v.PeriodStart), new("periodEnd", v => v.PeriodEnd),
        new("value", v => v.Value.ToString(CultureInfo.InvariantCulture)), new("unit", v => v.Unit), new("concept", v => v.Concept),
        new("source", v => v.Source), new("accession", v => v.Accession), new("url", v => v.Url),
    ];

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("facts", "The stored facts");
        command.Subcommands.Add(Sub("headcount", "Employee-count statements with their sentences", global, async (reader, ticker, ct) =>
            (await reader.HeadcountAsync(ticker, ct)).Select(HeadcountView.From).OrderBy(v => v.AsOf, StringComparer.Ordinal).ToList(), HeadcountColumns));
        command.Subcommands.Add(Sub("financials", "XBRL financial facts with their concepts", global, async (reader, ticker, ct) =>
            (await reader.FinancialsAsync(ticker, ct)).Select(FinancialView.From).OrderBy(v => v.Metric, StringComparer.Ordinal).ThenBy(v => v.PeriodEnd, StringComparer.Ordinal).ToList(), FinancialColumns));
        return command;
    }

    private static Command Sub<T>(string name, string description, GlobalOptions global, Func<FactReader, string, CancellationToken, Task<List<T>>> read, Column<T>[] columns)
    {
        var company = SharedOptions.Company();
        var format = SharedOptions.Format();
        var command = new Command(name, description) { company, format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var wanted = CommandRunner.Tickers(parse, company);
            var catalog = session.Get<CompanyCatalog>();
            var unknown = wanted?.Where(t => catalog.Find(t) is null).ToList();
            if (unknown is { Count: > 0 })
            {
                Console.Error.WriteLine($"Unknown ticker(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}.");
                return 1;
            }

            var rows = new List<T>();
            foreach (var c in catalog.Companies.Where(c => wanted is null || wanted.Contains(c.Ticker)))
            {
                rows.AddRange(await read(session.Get<FactReader>(), c.Ticker, ct));
            }

            RowWriter.Write(Console.Out, rows, parse.GetValue(format), columns);
            return 0;
        }, ct));
        return command;
    }
}
