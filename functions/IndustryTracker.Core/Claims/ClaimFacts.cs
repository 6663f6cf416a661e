using IndustryTracker.Core.Api;
using IndustryTracker.Core.Benchmarks;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Claims;

/// <summary>The stored facts the evaluator reads, for every company the claims name.</summary>
public sealed record ClaimFacts(IReadOnlyList<HeadcountView> Headcount, IReadOnlyList<LayoffEvent> Layoffs, IReadOnlyList<BenchmarkRow> Benchmarks);
