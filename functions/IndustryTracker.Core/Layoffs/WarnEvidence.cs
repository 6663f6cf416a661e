using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>A WARN notice matched to a tracked company, with the file it was read from.</summary>
public sealed record WarnEvidence(string Ticker, bool Subsidiary, WarnNotice Notice, string SourceUrl);
