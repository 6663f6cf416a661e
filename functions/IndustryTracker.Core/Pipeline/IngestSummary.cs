using IndustryTracker.Core.Exports;

namespace IndustryTracker.Core.Pipeline;

/// <summary>What one full cycle did, per step.</summary>
public sealed record IngestSummary(
    IReadOnlyList<SourceSummary> Sources,
    DrainResult Normalized,
    int FactsWritten,
    DrainResult Recomputed,
    ExportResult Export,
    TimeSpan Elapsed);
