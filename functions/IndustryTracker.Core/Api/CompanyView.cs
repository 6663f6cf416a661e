using IndustryTracker.Core.Companies;

namespace IndustryTracker.Core.Api;

public sealed record CompanyView(string Ticker, long Cik, string Name, string FiscalYearEnd, IReadOnlyList<string> Aliases)
{
    public static CompanyView From(Company c) => new(c.Ticker, c.Cik, c.Name, c.FiscalYearEnd, c.Aliases);
}
