using System.CommandLine;
using IndustryTracker.Core.Api;
using IndustryTracker.Core.Charts;
using IndustryTracker.Core.Companies;

namespace IndustryTracker.Cli.Commands;

public static class ChartCommand
{
    public static Command Create(GlobalOptions global)
    {
        var metric = new Argument<string>("metric") { Description = "A benchmark metric, e.g. revenuePerEmployee" };
        var output = new Option<string>("--out") { Description = "The PNG file to write (1200×675)", Required = true };
        var company = SharedOptions.Company();
        var from = new Option<int?>("--from") { Description = "First fiscal year" };
        var to = new Option<int?>("--to") { Description = "Last fiscal year" };
        var kind = new Option<ChartKind>("--kind") { Description = "line or bar", DefaultValueFactory = _ => ChartKind.Line };
        var command = new Command("chart", "Render a publishable chart of one metric (the same as GET /api/charts/{metric}.png)") { metric, output, company, from, to, kind };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var catalog = session.Get<CompanyCatalog>();
            var wanted = CommandRunner.Tickers(parse, company);
            var problems = new[]
            {
                ApiQuery.Metrics("metric", parse.GetValue(metric), required: true, out var metrics),
                ApiQuery.Companies(catalog, wanted is null ? null : string.Join(',', wanted), out var picked),
            };
            var problem = problems.FirstOrDefault(p => p is not null);
            if (problem is not null || metrics.Count != 1)
            {
                Console.Error.WriteLine(problem?.ProblemDetails.Detail ?? "Chart one metric at a time.");
                return 1;
            }

            var png = await session.Get<ChartService>().RenderAsync(metrics[0], picked.Select(c => c.Ticker).ToList(), parse.GetValue(from), parse.GetValue(to), parse.GetValue(kind), ct);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await File.WriteAllBytesAsync(path, png, ct);
            Console.WriteLine($"Wrote {path} ({png.Length} bytes)");
            return 0;
        }, ct));
        return command;
    }
}
