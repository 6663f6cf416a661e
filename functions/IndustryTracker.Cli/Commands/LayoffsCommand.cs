using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Layoffs;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Cli.Commands;

public static class LayoffsCommand
{
    private static readonly Column<LayoffEvent>[] Columns =
    [
        new("id", e => e.Id), new("announced", e => e.Announced),
        new("count", e => e.Count?.ToString("#,0", CultureInfo.InvariantCulture)), new("qualifier", e => e.CountQualifier),
        new("added", e => e.AddedCount?.ToString("#,0", CultureInfo.InvariantCulture)),
        new("warn", e => e.Warn.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{e.Warn.Count} notices, {e.WarnWorkers:#,0} workers")),
        new("sources", e => e.Sources.Count.ToString(CultureInfo.InvariantCulture)), new("basis", e => e.Basis), new("headline", e => e.Headline),
    ];

    public static Command Create(GlobalOptions global)
    {
        var company = SharedOptions.Company();
        var format = SharedOptions.Format();
        var from = new Option<string?>("--from") { Description = "First announcement date: a year (2023) or a day (2023-01-18)" };
        var to = new Option<string?>("--to") { Description = "Last announcement date: a year or a day" };
        var command = new Command("layoffs", "Reconciled layoff events with their statements and WARN notices (the same as GET /api/layoffs)") { company, from, to, format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var catalog = session.Get<CompanyCatalog>();
            var wanted = CommandRunner.Tickers(parse, company);
            var problems = new[]
            {
                ApiQuery.Companies(catalog, wanted is null ? null : string.Join(',', wanted), out var picked),
                ApiQuery.Date("--from", parse.GetValue(from), endOfRange: false, out var fromDate),
                ApiQuery.Date("--to", parse.GetValue(to), endOfRange: true, out var toDate),
            };
            if ((problems.FirstOrDefault(p => p is not null) ?? ApiQuery.Range("--from", fromDate, toDate)) is { } problem)
            {
                Console.Error.WriteLine(problem.ProblemDetails.Detail);
                return 1;
            }

            var events = await session.Get<LayoffStore>().QueryAsync(picked.Select(c => c.Ticker), fromDate, toDate, ct);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                    {
                        await stdout.WriteAsync(LayoffCsv.Write(events), ct);
                    }

                    break;
                case OutputFormat.Json:
                    Console.WriteLine(JsonSerializer.Serialize(events, RowWriter.Json));
                    break;
                default:
                    RowWriter.Write(Console.Out, events, OutputFormat.Table, Columns);
                    break;
            }

            return 0;
        }, ct));
        return command;
    }
}
