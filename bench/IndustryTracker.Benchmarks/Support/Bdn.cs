using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IndustryTracker.Benchmarks.Support;

/// <summary>
/// Runs a BenchmarkDotNet class with the memory diagnoser and reads back mean time and allocations per case.
/// In-process (emit) toolchain: no generated project to build and restore, so it runs offline and on the same
/// build settings as the rest of the solution.
/// </summary>
public static class Bdn
{
    public static IReadOnlyList<BdnResult> Run<T>(bool quick)
    {
        var job = (quick ? Job.ShortRun : Job.Default.WithWarmupCount(3).WithIterationCount(10))
            .WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "industrytracker-benchmarks"));
        var summary = BenchmarkRunner.Run<T>(config);
        if (summary.HasCriticalValidationErrors)
        {
            throw new InvalidOperationException($"BenchmarkDotNet refused {typeof(T).Name}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
        }

        return summary.Reports.Select(r => Read(summary, r)).ToList();
    }

    private static BdnResult Read(Summary summary, BenchmarkReport report)
    {
        var benchmark = report.BenchmarkCase;
        var parameter = benchmark.Parameters.Items.Count > 0 ? benchmark.Parameters.Items[0].Value?.ToString() : null;
        if (report.ResultStatistics is null)
        {
            throw new InvalidOperationException($"{benchmark.DisplayInfo} produced no result; see the log above ({summary.LogFilePath}).");
        }

        return new BdnResult(
            benchmark.Descriptor.WorkloadMethod.Name,
            parameter,
            report.ResultStatistics.Mean,
            report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0);
    }
}
