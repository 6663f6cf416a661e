using System.CommandLine;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Cli.Commands;

public static class ExportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var to = new Option<string?>("--to") { Description = "Also write the CSV files into this directory" };
        var command = new Command("export", "Write exports/benchmarks/latest.csv and a dated snapshot to Blob Storage") { to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var result = await session.Get<BenchmarkExporter>().ExportAsync(parse.GetValue(to), ct);
            Console.WriteLine($"Exported {result.Rows} rows ({result.Bytes} bytes) to exports/{result.LatestBlob} and exports/{result.DatedBlob}");
            foreach (var file in result.LocalFiles)
            {
                Console.WriteLine($"  wrote {file}");
            }

            return 0;
        }, ct));
        return command;
    }
}
