namespace IndustryTracker.Core.Facts;

/// <summary>A figure a document states that was refused as implausible: why, and the sentence that states it.</summary>
public sealed record Rejection(string Reason, string Sentence);
