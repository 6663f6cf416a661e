using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>One figure of a reduction in a sentence: a count, a percent of the workforce, or both.</summary>
/// <param name="Position">Where the figure starts in the sentence; two phrasings of one figure share it.</param>
internal readonly record struct ReductionMention(int Position, long? Count, CountQualifier? Qualifier, decimal? Percent);
