namespace IndustryTracker.Core.Api;

public sealed record CompanyView(string Ticker, long Cik, string Name, string FiscalYearEnd, IReadOnlyList<string> Aliases);
