namespace IndustryTracker.Core.Companies;

/// <summary>A tracked employer, as listed in <c>seeds/companies.json</c> or added by ticker (the <c>companies</c> table).</summary>
public sealed record Company(
    string Ticker,
    long Cik,
    string Name,
    string FiscalYearEnd,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> NewsroomFeeds)
{
    /// <summary>The CIK as SEC's URLs spell it: ten digits, zero-padded.</summary>
    /// <summary>The names SEC's submissions document lists as former names (a company added by ticker); empty for seeds.</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];

    /// <summary>
    /// How far back this company's filings are collected (a company added by ticker: <c>--since YEAR</c>, default
    /// 2010); null: <c>Sec:Since</c>. Older filings than SEC's recent listing holds are read from its extra pages.
    /// </summary>
    public DateOnly? HistorySince { get; init; }

    /// <summary>Where the entry comes from: <see cref="CompanyOrigins.Seeds"/> or <see cref="CompanyOrigins.Added"/>.</summary>
    public string Origin { get; init; } = CompanyOrigins.Seeds;

    public string PaddedCik => Cik.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public int FiscalYearEndMonth => int.Parse(FiscalYearEnd.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public int FiscalYearEndDay => int.Parse(FiscalYearEnd.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Where a tracked company's entry comes from.</summary>
public static class CompanyOrigins
{
    /// <summary>The companies file (<c>Companies:File</c>), shipped with the app.</summary>
    public const string Seeds = "seeds";

    /// <summary>Added by ticker at run time and stored in the <c>companies</c> table.</summary>
    public const string Added = "added";
}
