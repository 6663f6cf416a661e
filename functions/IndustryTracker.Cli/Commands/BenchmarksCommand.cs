using System.CommandLine;
using System.Globalization;
using IndustryTracker.Cli.Output;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Cli.Commands;

public static class BenchmarksCommand
{
    private static readonly Column<BenchmarkRow>[] Columns =
    [
        new("ticker", r => r.Ticker),
        new("FY", r => r.FiscalYear.ToString(CultureInfo.InvariantCulture)),
        new("ends", r => r.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        .. BenchmarkMetrics.All.Select(m => new Column<BenchmarkRow>(m, r => Format(r.Metrics.GetValueOrDefault(m)))),
    ];

    public static Command Create(GlobalOptions global)
    {
        var company = SharedOptions.Company();
        var format = SharedOptions.Format();
        var from = new Option<int?>("--from") { Description = "First fiscal year" };
        var to = new Option<int?>("--to") { Description = "Last fiscal year" };
        var command = new Command("benchmarks", "Benchmark rows per company and fiscal year (the same rows as GET /api/benchmarks)") { company, from, to, format };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var (first, last) = (parse.GetValue(from), parse.GetValue(to));
            if (first > last)
            {
                Console.Error.WriteLine($"--from ({first}) is after --to ({last}).");
                return 1;
            }

            var wanted = CommandRunner.Tickers(parse, company);
            var catalog = session.Get<CompanyCatalog>();
            var tickers = catalog.Companies.Select(c => c.Ticker).Where(t => wanted is null || wanted.Contains(t)).ToList();
            var rows = await session.Get<BenchmarkStore>().QueryAsync(tickers, first, last, ct);
            var output = parse.GetValue(format);
            if (output == OutputFormat.Csv)
            {
                // The same bytes as the export and the API's format=csv.
                await using var stdout = Console.OpenStandardOutput();
                BenchmarkCsv.Write(rows, stdout);
            }
            else
            {
                RowWriter.Write(Console.Out, rows, output, Columns);
            }

            return 0;
        }, ct));
        return command;
    }

    private static string Format(MetricCell? cell) => cell?.Value switch
    {
        null => "—",
        var v when Math.Abs(v.Value) >= 1_000_000 => (v.Value / 1_000_000m).ToString("#,0.0", CultureInfo.InvariantCulture) + "M",
        var v => v.Value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };
}
