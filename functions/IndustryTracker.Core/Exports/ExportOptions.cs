namespace IndustryTracker.Core.Exports;

public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>Blob prefix of the benchmarks dataset inside the exports container.</summary>
    public string BenchmarksPrefix { get; set; } = "benchmarks";
}
