using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>Part 4: the benchmarks CSV export of 100,000 synthetic rows against CsvHelper writing the same records.</summary>
public static class ExportPart
{
    public const string Name = "4. Exports";

    public static IEnumerable<Measurement> Run(bool quick)
    {
        // Each operation writes 449 MB into a growing memory stream; the page faults of that growth vary from one
        // iteration to the next by a third, so even the quick run takes the median of nine.
        var results = Bdn.Run<ExportCsvBenchmarks>(quick, quickIterations: 9);
        var floor = results.Single(r => r.Method == nameof(ExportCsvBenchmarks.CsvHelperRowRecords));
        var flattened = results.Single(r => r.Method == nameof(ExportCsvBenchmarks.CsvHelperFlattenedCells));
        var export = results.Single(r => r.Method == nameof(ExportCsvBenchmarks.ExportPath));
        yield return new Measurement(Name, "100,000 benchmark rows to CSV: time", export.MedianNanoseconds / 1e6, floor.MedianNanoseconds / 1e6, "ms", Target.AtMost(1.5));
        yield return new Measurement(Name, "100,000 benchmark rows to CSV: allocated", export.AllocatedBytes / 1048576.0, floor.AllocatedBytes / 1048576.0, "MB", Target.None, "for context");
        yield return new Measurement(
            Name,
            "100,000 benchmark rows to CSV: time, against CsvHelper writing cells flattened to strings before the clock (no rows read, no values formatted)",
            export.MedianNanoseconds / 1e6,
            flattened.MedianNanoseconds / 1e6,
            "ms",
            Target.None,
            "for context");
    }
}
