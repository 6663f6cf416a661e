using System.CommandLine;
using System.Globalization;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Statements;

namespace IndustryTracker.Cli.Commands;

/// <summary>
/// `tracker statements add|list|remove`: cited statements an editor adds because no feed carries them. Each is stored as
/// a secondary source (kind "editor") and the company is recomputed at once.
/// </summary>
public static class StatementsCommand
{
    private static readonly Column<EditorStatement>[] Columns =
    [
        new("id", s => s.Id), new("ticker", s => s.Ticker), new("date", s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("count", s => s.Count?.ToString(CultureInfo.InvariantCulture)), new("percentOfWorkforce", s => s.PercentOfWorkforce?.ToString(CultureInfo.InvariantCulture)),
        new("publisher", s => s.Publisher), new("quote", s => s.Quote), new("url", s => s.Url),
        new("addedBy", s => s.AddedBy), new("addedAt", s => s.AddedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
    ];

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("statements", "Editor statements: cited reductions no feed carries (a secondary source, always labelled as such)");
        command.Subcommands.Add(Add(global));
        command.Subcommands.Add(List(global));
        command.Subcommands.Add(Remove(global));
        return command;
    }

    private static Command Add(GlobalOptions global)
    {
        var company = new Option<string>("--company") { Description = "Ticker of a tracked company", Required = true };
        var date = new Option<string>("--date") { Description = "Day the reduction was announced or confirmed (yyyy-MM-dd)", Required = true };
        var count = new Option<long?>("--count") { Description = "Jobs cut, as the statement gives them" };
        var percent = new Option<decimal?>("--percent") { Description = "Share of the workforce, as the statement gives it (5 for 5%)" };
        var url = new Option<string>("--url") { Description = "Where the statement is published", Required = true };
        var quote = new Option<string>("--quote") { Description = "The statement's words", Required = true };
        var publisher = new Option<string>("--publisher") { Description = "Who published or confirmed it (e.g. Bloomberg)", Required = true };
        var addedBy = new Option<string?>("--added-by") { Description = "Who adds it (default: the current user name)" };
        var format = SharedOptions.Format();
        var add = new Command("add", "Add (or replace: same date, URL and quote) a statement, then recompute the company") { company, date, count, percent, url, quote, publisher, addedBy, format };
        add.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await Console.Error.WriteLineAsync($"--date '{parse.GetValue(date)}' is not a date (yyyy-MM-dd).");
                return CommandRunner.ConfigurationError;
            }

            var request = new EditorStatementRequest(parse.GetValue(company), day, parse.GetValue(count), parse.GetValue(percent), parse.GetValue(url),
                parse.GetValue(quote), parse.GetValue(publisher), parse.GetValue(addedBy) ?? Environment.UserName);
            var (added, refused) = await session.Get<EditorStatements>().AddAsync(request, ct);
            if (refused is { } problem)
            {
                await Console.Error.WriteLineAsync($"Statement refused: --{Option(problem.Field)} {problem.Problem}.");
                return CommandRunner.ConfigurationError;
            }

            RowWriter.Write(Console.Out, [added!], parse.GetValue(format), Columns);
            return 0;
        }, ct));
        return add;
    }

    private static Command List(GlobalOptions global)
    {
        var company = SharedOptions.Company();
        var format = SharedOptions.Format();
        var list = new Command("list", "The editor statements, per company") { company, format };
        list.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var wanted = CommandRunner.Tickers(parse, company);
            var rows = new List<EditorStatement>();
            foreach (var c in session.Get<Core.Companies.CompanyCatalog>().Companies.Where(c => wanted is null || wanted.Contains(c.Ticker)))
            {
                rows.AddRange(await session.Get<EditorStatements>().ListAsync(c.Ticker, ct));
            }

            RowWriter.Write(Console.Out, rows, parse.GetValue(format), Columns);
            return 0;
        }, ct));
        return list;
    }

    private static Command Remove(GlobalOptions global)
    {
        var company = new Option<string>("--company") { Description = "Ticker of the statement's company", Required = true };
        var id = new Option<string>("--id") { Description = "The statement's id (tracker statements list)", Required = true };
        var remove = new Command("remove", "Remove a statement, then recompute the company") { company, id };
        remove.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var ticker = parse.GetValue(company)!.ToUpperInvariant();
            if (!await session.Get<EditorStatements>().RemoveAsync(ticker, parse.GetValue(id)!, ct))
            {
                await Console.Error.WriteLineAsync($"No editor statement '{parse.GetValue(id)}' for {ticker}.");
                return 1;
            }

            await Console.Error.WriteLineAsync($"Removed {parse.GetValue(id)} ({ticker}); its events were recomputed.");
            return 0;
        }, ct));
        return remove;
    }

    /// <summary>The request's field as the option that sets it.</summary>
    private static string Option(string field) => field switch
    {
        "percentOfWorkforce" => "percent",
        "addedBy" => "added-by",
        _ => field,
    };
}
