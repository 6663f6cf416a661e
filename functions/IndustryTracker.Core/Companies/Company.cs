namespace IndustryTracker.Core.Companies;

/// <summary>A tracked employer, as listed in <c>seeds/companies.json</c>.</summary>
public sealed record Company(
    string Ticker,
    long Cik,
    string Name,
    string FiscalYearEnd,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> NewsroomFeeds)
{
    /// <summary>The CIK as SEC's URLs spell it: ten digits, zero-padded.</summary>
    public string PaddedCik => Cik.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public int FiscalYearEndMonth => int.Parse(FiscalYearEnd.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public int FiscalYearEndDay => int.Parse(FiscalYearEnd.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
}
