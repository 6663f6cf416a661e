namespace IndustryTracker.Core.Claims;

/// <summary>
/// A forecast: "company X will have N employees by date D". Pending until a headcount as of a date on or after
/// <see cref="By"/> is stored; then the first such headcount decides it.
/// </summary>
public sealed record HeadcountTargetCheck(string Company, DateOnly By, Expectation Expected) : ClaimCheck(ClaimCheckKinds.HeadcountTarget);
