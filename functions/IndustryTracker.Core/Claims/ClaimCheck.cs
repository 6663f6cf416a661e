using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Claims;

/// <summary>The typed test of a claim. <see cref="Kind"/> is the discriminator as written in the claims file.</summary>
// Derived types listed so a verdict serialises its check's own fields, not just the kind.
[JsonDerivedType(typeof(HeadcountCheck))]
[JsonDerivedType(typeof(LayoffsCheck))]
[JsonDerivedType(typeof(HeadcountTargetCheck))]
[JsonDerivedType(typeof(NotCheckableCheck))]
public abstract record ClaimCheck(string Kind);
