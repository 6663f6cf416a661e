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
        foreach (var o in observations.Where(o => HostileRow(o) is null))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(o.Fault)} | {Cell(o.Injected)} | {o.Times} | {Cell(o.Expected)} | {Cell(o.Observed)} | {Num(o.DocumentsArchived)} | {Num(o.Facts)} | {Num(o.Duplicates)} | {Num(o.ServerErrors)} |\n");
        }

        var hostile = observations.Where(o => HostileRow(o) is not null).OrderBy(HostileRow).ThenBy(o => o.Fault, StringComparer.Ordinal).ToList();
        if (hostile.Count > 0)
        {
            // The rows of issue 13's table, in its order, each with what the test measured the app doing now.
            text.Append("\n## Hostile inputs\n\n")
                .Append("A hostile user or a broken upstream, one input at a time (the row numbers are those of issue 13). Each row is a\n")
                .Append("passing test's own measurements.\n\n")
                .Append("| # | hostile input | expected | what it does now |\n")
                .Append("|---:|---|---|---|\n");
            foreach (var o in hostile)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {HostileRow(o)} | {Cell(o.Injected)} | {Cell(o.Expected)} | {Cell(o.Observed)} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The issue-13 row number of a "hostile N: …" observation; null for every other fault.</summary>
    public static int? HostileRow(ReliabilityObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        const string Prefix = "hostile ";
        if (!observation.Fault.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = observation.Fault.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        return int.TryParse(colon < 0 ? rest : rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
