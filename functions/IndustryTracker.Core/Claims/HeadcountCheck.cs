namespace IndustryTracker.Core.Claims;

/// <summary>
/// "Company X employs N": some stored headcount of <see cref="Company"/> as of a date in <see cref="Period"/> (one day
/// when the claim names a date) meets <see cref="Expected"/>.
/// </summary>
public sealed record HeadcountCheck(string Company, DateRange Period, Expectation Expected) : ClaimCheck(ClaimCheckKinds.Headcount);
