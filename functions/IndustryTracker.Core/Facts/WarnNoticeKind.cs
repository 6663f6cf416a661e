namespace IndustryTracker.Core.Facts;

public enum WarnNoticeKind
{
    Unknown,
    Layoff,
    Closure,
}
