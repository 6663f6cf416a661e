using IndustryTracker.Cli.Reliability;

namespace IndustryTracker.Tests.Reliability;

/// <summary>
/// Where the fault tests put their observations for docs/reliability.md: appended as JSON lines to
/// $INDUSTRYTRACKER_RELIABILITY_RESULTS/&lt;file&gt;.jsonl when that is set; nothing is written otherwise.
/// Call it after the test's assertions, so only passing measurements are reported.
/// </summary>
public static class ReliabilityResults
{
    private static readonly Lock Gate = new();

    public static void Record(string file, ReliabilityObservation observation)
    {
        if (Environment.GetEnvironmentVariable(ReliabilityReport.ResultsVariable) is not { Length: > 0 } directory)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(directory, file + ".jsonl"), observation.ToJsonLine() + "\n");
        }
    }
}
