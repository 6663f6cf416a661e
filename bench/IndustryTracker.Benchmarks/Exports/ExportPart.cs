using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;

namespace IndustryTracker.Benchmarks.Exports;

/// <summary>Part 4: the benchmarks CSV export of 100,000 synthetic rows against CsvHelper writing the same records.</summary>
public static class ExportPart
{
    public const string Name = "4. Exports";

    public static IEnumerable<Measurement> Run(bool quick)
    {
        var results = Bdn.Run<ExportCsvBenchmarks>(quick);
        var floor = results.Single(r => r.Method == nameof(ExportCsvBenchmarks.CsvHelperRecords));
        var export = results.Single(r => r.Method == nameof(ExportCsvBenchmarks.ExportPath));
        yield return new Measurement(Name, "100,000 benchmark rows to CSV: time", export.MeanNanoseconds / 1e6, floor.MeanNanoseconds / 1e6, "ms", Target.AtMost(1.5));
        yield return new Measurement(Name, "100,000 benchmark rows to CSV: allocated", export.AllocatedBytes / 1048576.0, floor.AllocatedBytes / 1048576.0, "MB", Target.None, "for context");
    }
}
