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
/// Runs a BenchmarkDotNet class with the memory diagnoser and reads back median time and allocations per case. The
/// median, not the mean: one iteration that meets a page-faulting heap or a full collection would move a mean of three.
/// In-process (emit) toolchain: no generated project to build and restore, so it runs offline and on the same
/// build settings as the rest of the solution.
/// </summary>
public static class Bdn
{
    /// <param name="quickIterations">Iterations in quick mode (BenchmarkDotNet's short run has 3): more for cases whose
    /// single operations are long and noisy.</param>
    public static IReadOnlyList<BdnResult> Run<T>(bool quick, int quickIterations = 3)
    {
        var job = (quick ? Job.ShortRun.WithIterationCount(quickIterations) : Job.Default.WithWarmupCount(3).WithIterationCount(10))
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
            report.ResultStatistics.Median,
            report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0);
    }
}
