using IndustryTracker.Core.Pipeline;

namespace IndustryTracker.Tests.Support;

/// <summary>A store that has been through one full replay cycle: the settings to reach it and the cycle's summary.</summary>
public sealed record IngestedStore(IReadOnlyDictionary<string, string?> Settings, IngestSummary Summary)
{
    public Dictionary<string, string?> CopySettings() => new(Settings);
}
