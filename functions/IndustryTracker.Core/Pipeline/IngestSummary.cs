using IndustryTracker.Core.Exports;

namespace IndustryTracker.Core.Pipeline;

/// <summary>What one full cycle did, per step.</summary>
public sealed record IngestSummary(
    IReadOnlyList<SourceSummary> Sources,
    DrainResult Normalized,
    int FactsWritten,
    DrainResult Recomputed,
    ExportResult Export,
    TimeSpan Elapsed)
{
    /// <summary>
    /// Whether any document failed this cycle (a fetch recorded as failed, or a document quarantined): the cycle ran
    /// every step, but not everything it tried to collect was collected.
    /// </summary>
    public bool HasFailures => Sources.Any(s => s.Failures.Count > 0) || Normalized.Poisoned > 0;
}
