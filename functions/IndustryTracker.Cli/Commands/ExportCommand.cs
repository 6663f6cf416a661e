using System.CommandLine;
using IndustryTracker.Core.Exports;

namespace IndustryTracker.Cli.Commands;

public static class ExportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var to = new Option<string?>("--to") { Description = "Also write the CSV, Parquet and manifest files into this directory" };
        var command = new Command("export", "Write exports/<dataset>/latest.csv and .parquet, dated snapshots (benchmarks, layoffs, warn, headcount, financials) and exports/manifest.json to Blob Storage") { to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, global, async session =>
        {
            var result = await session.Get<Exporter>().ExportAsync(parse.GetValue(to), ct);
            foreach (var dataset in result.Datasets)
            {
                Console.WriteLine($"Exported {dataset.Rows} {dataset.Name} rows ({dataset.Bytes} bytes CSV) to exports/{dataset.LatestBlob} and exports/{dataset.DatedBlob}, Parquet beside them");
            }

            Console.WriteLine($"Manifest: exports/{ExportManifest.Blob}");
            foreach (var file in result.LocalFiles)
            {
                Console.WriteLine($"  wrote {file}");
            }

            return 0;
        }, ct));
        return command;
    }
}
