using System.Diagnostics;
using IndustryTracker.Benchmarks.Exports;
using IndustryTracker.Benchmarks.Parsing;
using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;

namespace IndustryTracker.Benchmarks;

/// <summary>
/// Runs the parts and writes docs/performance.md (<c>--hostile</c> runs only the hostile-input scenario and replaces its section). Storage parts first, on one in-memory Azurite that is stopped
/// before the CPU-bound BenchmarkDotNet parts, so neither disturbs the other; the pipeline part runs before anything
/// else has grown the process, so its peak working set is the pipeline's own.
/// </summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        // --only parsing,exports,... runs a subset (while working on one part); the report then holds that subset.
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',') ?? [];
        bool Wanted(string part) => only.Length == 0 || only.Contains(part, StringComparer.OrdinalIgnoreCase);

        if (args.Contains("--hostile"))
        {
            // The hostile-input scenario alone: its section of the existing report is replaced, the rest kept.
            // --hostile-items 4,5,6,10 leaves items out (to see what the rest do when one stops the run); its own section.
            var items = args.SkipWhile(a => a != "--hostile-items").Skip(1).FirstOrDefault()?.Split(',').Select(int.Parse).ToList();
            IReadOnlyList<Measurement> hostile;
            await using (var storage = await BenchStorage.StartAsync())
            {
                hostile = await Hostile.HostilePart.RunAsync(storage, items);
            }

            var part = hostile[0].Part;
            var existing = File.Exists(BenchPaths.Report) ? await File.ReadAllTextAsync(BenchPaths.Report) : "# Performance\n\n";
            await File.WriteAllTextAsync(BenchPaths.Report, PerformanceReport.ReplaceSection(existing, part, hostile, Hostile.HostilePart.Note));
            Console.WriteLine(PerformanceReport.Section(part, hostile));
            Console.WriteLine($"Wrote the hostile-input section of {BenchPaths.Report}");
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var rows = new List<Measurement>();
        var notes = new List<string>();
        if (Wanted("pipeline") || Wanted("api") || Wanted("scale") || Wanted("hostile"))
        {
            await using var storage = await BenchStorage.StartAsync();
            if (Wanted("pipeline"))
            {
                rows.AddRange(await Pipeline.PipelinePart.RunAsync(storage, quick));
                notes.AddRange(Pipeline.PipelinePart.Notes);
            }

            if (Wanted("api"))
            {
                rows.AddRange(await Api.ApiPart.RunAsync(storage, quick));
                notes.AddRange(Api.ApiPart.Notes);
            }

            if (Wanted("scale"))
            {
                rows.AddRange(await Scale.ScalePart.RunAsync(storage, quick));
                notes.AddRange(Scale.ScalePart.Notes);
            }

            // Its own child process and store prefix; before the normalizer rows, which flood the shared Azurite.
            if (Wanted("hostile"))
            {
                rows.AddRange(await Hostile.HostilePart.RunAsync(storage));
                notes.Add(Hostile.HostilePart.Note);
            }

            // Last of the storage parts: it pushes hundreds of messages through the shared Azurite, which should not
            // weigh on the API and scale timings.
            if (Wanted("pipeline"))
            {
                rows.AddRange(await Pipeline.NormalizerThroughput.RunAsync(storage, quick));
            }
        }

        if (Wanted("parsing"))
        {
            rows.AddRange(ParsingPart.Run(quick));
            notes.Add("Parsing: BenchmarkDotNet with the memory diagnoser. Extraction is the normalizer's own dispatch (`DocumentParsers.Parse`: AngleSharp parse, visible text, headcount, workforce statements, inline XBRL and fact selection) on each 10-K/10-Q of the replay corpus; the floor is `new HtmlParser().ParseDocument` of the same bytes. Company facts: `CompanyFactsParser.Parse` over a stream of the archived bytes against `JsonDocument.Parse` of the same bytes.");
        }

        if (Wanted("exports"))
        {
            rows.AddRange(ExportPart.Run(quick));
            notes.Add("Exports: `BenchmarkCsv.Write` (dataset order, column accessors, number/date formatting, source citations, CsvHelper) of 100,000 synthetic rows shaped like real ones (15 metrics, one or two citations each), made in the order the store returns rows (company, then year), into a memory stream; the floor is CsvHelper writing the same records to a memory stream with the same options, through `WriteRecords` and a record writer (`BenchmarkRowRecordWriter`) that writes each field of a row straight to the writer: each value formatted as its type by CsvHelper, each citation cell composed in one reused buffer, no schema, no delegates, no sort. The context row is CsvHelper writing the cells already flattened to strings (numbers and dates formatted, citations joined, all before the clock starts): it leaves out reading the 100,000 rows' 1.5 million cells and formatting them, which no export of the rows can skip, so it is shown but not held to the target. Before the run, the suite checks that all three write the same 449 MB of CSV (SHA-256).");
        }

        var report = PerformanceReport.Render(rows.OrderBy(r => r.Part, StringComparer.Ordinal).ToList(), notes, quick, clock.Elapsed);
        await File.WriteAllTextAsync(BenchPaths.Report, report);
        Console.WriteLine(report);
        Console.WriteLine($"Wrote {BenchPaths.Report}");
        return 0;
    }
}
