namespace IndustryTracker.Core.Claims;

/// <summary>The claims file as written, before validation: every field nullable so a missing one can be named.</summary>
internal sealed record ClaimsDocument(Dictionary<string, PublicationEntry>? Publications, List<ClaimEntry>? Claims);
