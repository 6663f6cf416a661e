using System.Globalization;
using System.Text;

namespace IndustryTracker.Cli.Reliability;

/// <summary>Renders the observations of a test run as docs/reliability.md: one row per fault kind.</summary>
public static class ReliabilityReport
{
    public const string ResultsVariable = "INDUSTRYTRACKER_RELIABILITY_RESULTS";

    public static IReadOnlyList<ReliabilityObservation> Read(string directory) =>
        Directory.EnumerateFiles(directory, "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(ReliabilityObservation.FromJsonLine)
            .OrderBy(o => o.Fault, StringComparer.Ordinal)
            .ToList();

    public static string Render(IReadOnlyList<ReliabilityObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var text = new StringBuilder();
        text.Append("# Reliability and security faults\n\n")
            .Append("Generated from the fault tests (`tests/IndustryTracker.Tests/Reliability`), not typed by hand: run them with\n")
            .Append("`INDUSTRYTRACKER_RELIABILITY_RESULTS=DIR`, then `tracker reliability-report --from DIR --to docs/reliability.md`.\n")
            .Append("Every row is a passing test's own measurements; a test that fails writes nothing.\n\n")
            .Append("| fault | injected | times | expected | observed | documents archived | facts | duplicates | 5xx |\n")
            .Append("|---|---|---:|---|---|---:|---:|---:|---:|\n");
        foreach (var o in observations)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(o.Fault)} | {Cell(o.Injected)} | {o.Times} | {Cell(o.Expected)} | {Cell(o.Observed)} | {Num(o.DocumentsArchived)} | {Num(o.Facts)} | {Num(o.Duplicates)} | {Num(o.ServerErrors)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
