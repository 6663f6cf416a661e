namespace IndustryTracker.Core.Claims;

/// <summary>
/// A claim's verdict on the facts stored now. <see cref="Explanation"/> names the part that holds and the part that
/// fails; <see cref="Evidence"/> lists the facts compared. Computed on every request, never stored.
/// <see cref="Note"/> is the claims file's note on how the check was typed (its period, its tolerance), not part of the verdict.
/// An invalid claims entry is listed too (<see cref="Verdicts.Invalid"/>), with no publication or check and the
/// problem as its explanation, so whoever edits the file sees it where they look for the verdicts.
/// </summary>
public sealed record ClaimVerdict(
    string Id,
    string Text,
    Publication? PublishedIn,
    ClaimCheck? Check,
    string? Note,
    string Verdict,
    string Explanation,
    IReadOnlyList<ClaimEvidence> Evidence);
