namespace IndustryTracker.Core.Claims;

/// <summary>
/// A claim made in public writing, paraphrased, with where it was published and the typed check that tests it against
/// stored facts. <see cref="Note"/> says why the check was typed as it is (e.g. why its period starts where it does);
/// <see cref="SettledBy"/> names the document that would settle it when the store lacks it. Neither is a verdict.
/// </summary>
public sealed record Claim(string Id, string Text, Publication PublishedIn, ClaimCheck Check, string? Note, string? SettledBy);
