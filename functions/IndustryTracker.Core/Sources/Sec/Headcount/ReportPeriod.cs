namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>
/// The period a periodic report covers, passed to the (pure) headcount parser so that "at the end of our fiscal year"
/// can be placed on a date. <paramref name="End"/> is the period's last day; <paramref name="Annual"/> is true for a
/// 10-K (or 20-F, 40-F), whose period end is the fiscal year end, false for a 10-Q, whose period end is a quarter end;
/// <paramref name="Source"/> names where the date came from ("dei:DocumentPeriodEndDate", or the report date SEC's
/// submissions list gives) and is quoted in every fact whose date was resolved through it.
/// </summary>
public sealed record ReportPeriod(DateOnly End, bool Annual, string Source)
{
    public const string FromDei = "dei:DocumentPeriodEndDate";

    public const string FromSubmissions = "the report date in SEC's submissions list";

    /// <summary>What a fact resolved through this period says about its date: "fiscal year end from dei:DocumentPeriodEndDate".</summary>
    public string Resolution => $"{(Annual ? "fiscal year end" : "quarter end")} from {Source}";
}
