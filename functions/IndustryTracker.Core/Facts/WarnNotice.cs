namespace IndustryTracker.Core.Facts;

/// <summary>
/// One WARN notice as a state publishes it, normalised across states. Fields a state does not publish are null.
/// <see cref="SourceRow"/> is the 1-based data row in the source file, for citation.
/// </summary>
public sealed record WarnNotice(
    string State,
    string Employer,
    string? Site,
    string? Location,
    int? Workers,
    DateOnly? Received,
    DateOnly? Effective,
    WarnNoticeKind Kind,
    bool? Temporary,
    bool Amendment,
    int SourceRow);
