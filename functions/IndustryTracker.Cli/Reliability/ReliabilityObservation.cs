using System.Text.Json;

namespace IndustryTracker.Cli.Reliability;

/// <summary>
/// What one fault test injected and saw, written by the test as one JSON line into a results folder
/// (<c>INDUSTRYTRACKER_RELIABILITY_RESULTS</c>) and rendered by <c>tracker reliability-report</c>.
/// </summary>
public sealed record ReliabilityObservation(
    string Fault,
    string Injected,
    int Times,
    string Expected,
    string Observed,
    int? DocumentsArchived = null,
    int? Facts = null,
    int? Duplicates = null,
    int? ServerErrors = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    public static ReliabilityObservation FromJsonLine(string line) =>
        JsonSerializer.Deserialize<ReliabilityObservation>(line, Json) ?? throw new FormatException("Empty reliability observation.");
}
