namespace IndustryTracker.Core.Claims;

/// <summary>
/// A claim no filing states (e.g. how much AI raises one person's output). <see cref="Metric"/> is the measured
/// benchmark metric that bears on it; its stored values for <see cref="Companies"/> are shown as context.
/// </summary>
public sealed record NotCheckableCheck(string Metric, IReadOnlyList<string> Companies, string Reason) : ClaimCheck(ClaimCheckKinds.NotCheckable);
