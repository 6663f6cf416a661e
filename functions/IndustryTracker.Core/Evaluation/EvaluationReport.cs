namespace IndustryTracker.Core.Evaluation;

public enum EvaluationOutcome
{
    /// <summary>The pipeline stored the expected value, and no other, for the company and date/period.</summary>
    Found,

    /// <summary>The pipeline stored a value for the company and date/period, but not (only) the expected one.</summary>
    Wrong,

    /// <summary>The pipeline stored nothing for the company and date/period.</summary>
    Missed,

    /// <summary>A reduction the pipeline reports from a statement that no expected entry names (not scored; listed to review).</summary>
    Unexpected,
}

/// <summary>One expected value (or one unexpected reduction) with what the pipeline stored for it and where that came from.</summary>
public sealed record EvaluationItem(
    string Kind,
    string Company,
    string When,
    EvaluationOutcome Outcome,
    string? Expected,
    string? Got,
    string? ExpectedSource,
    string? GotSource);

public sealed record EvaluationScore(string Kind, int Found, int Wrong, int Missed, int Unexpected);

public sealed record EvaluationReport(IReadOnlyList<EvaluationScore> Scores, IReadOnlyList<EvaluationItem> Items)
{
    public EvaluationScore this[string kind] => Scores.Single(s => s.Kind == kind);
}
