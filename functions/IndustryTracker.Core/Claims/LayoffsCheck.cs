namespace IndustryTracker.Core.Claims;

/// <summary>
/// "Company X cut N jobs (in R rounds) in period P": the announced rounds of <see cref="Company"/> in
/// <see cref="Period"/> add up to <see cref="Count"/>, in <see cref="Rounds"/> rounds when the claim says how many.
/// </summary>
public sealed record LayoffsCheck(string Company, DateRange Period, Expectation Count, int? Rounds) : ClaimCheck(ClaimCheckKinds.Layoffs);
