namespace IndustryTracker.Core.Claims;

/// <summary>The check kinds the claims file accepts.</summary>
public static class ClaimCheckKinds
{
    public const string Headcount = "headcount";
    public const string Layoffs = "layoffs";
    public const string HeadcountTarget = "headcountTarget";
    public const string NotCheckable = "notCheckable";

    public static readonly IReadOnlyList<string> All = [Headcount, Layoffs, HeadcountTarget, NotCheckable];
}
