namespace IndustryTracker.Core.Pipeline;

public sealed record DrainResult(int Succeeded, int FailedAttempts, int Poisoned);
