using IndustryTracker.Core.Fetching;
using IndustryTracker.Core.Sources.Sec;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Companies;

/// <summary>
/// Adds and removes tracked companies by ticker, without a redeploy: a ticker is resolved through SEC's published
/// ticker list (CIK) and the company's submissions document (name, former names, fiscal year end), through the one SEC
/// client and its rate limiter, and stored in the <c>companies</c> table; the next run of every collector reads it.
/// Listing and removing need no SEC request (<see cref="CompanyStore"/>), so they need no SEC settings either.
/// </summary>
public sealed partial class CompanyRegistry(
    SecClient client,
    CompanyStore store,
    CompanyCatalog catalog,
    IOptions<SecOptions> options,
    TimeProvider time,
    ILogger<CompanyRegistry> logger)
{
    /// <summary>The longest WARN alias accepted (the longest real employer name in the recorded WARN files is under 100).</summary>
    public const int MaxAliasLength = 200;

    /// <summary>How far back a company added by ticker is collected unless told: SEC's full-text filings are reliably HTML from about then.</summary>
    public const int DefaultSinceYear = 2010;

    /// <summary>EDGAR's electronic filings begin in 1993.</summary>
    public const int FirstSinceYear = 1993;

    /// <summary>
    /// Resolves and stores each ticker. All or nothing: when a ticker is unknown (or an alias invalid), nothing is stored
    /// and the result names it. <paramref name="aliases"/> (WARN employer names) are added to each company's defaults.
    /// <paramref name="sinceYear"/>: the first year of filings collected (null: the company's earlier setting, else
    /// <see cref="DefaultSinceYear"/>); the collector reads SEC's older listing pages back to it.
    /// </summary>
    public async Task<CompanyChange> AddAsync(IReadOnlyList<string> tickers, IReadOnlyList<string> aliases, int? sinceYear, CancellationToken cancellationToken)
    {
        var wanted = tickers.Select(t => t.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        if (wanted.Count == 0)
        {
            problems.Add("name at least one ticker");
        }

        problems.AddRange(wanted.Where(t => !CompanyCatalog.IsTicker(t)).Select(t => $"'{Shorten(t)}' is not a ticker (1-10 letters, digits, '.' or '-')"));
        problems.AddRange(aliases.Where(a => string.IsNullOrWhiteSpace(a) || a.Trim().Length > MaxAliasLength).Select(a => $"alias '{Shorten(a)}' must be 1-{MaxAliasLength} characters"));
        var thisYear = time.GetUtcNow().Year;
        if (sinceYear is { } year && (year < FirstSinceYear || year > thisYear))
        {
            problems.Add($"since {year} must be a year from {FirstSinceYear} to {thisYear}");
        }

        if (problems.Count > 0)
        {
            return CompanyChange.Invalid(problems);
        }

        var tickerList = await FetchAsync(new Uri(options.Value.ArchivesBaseUrl, "files/company_tickers.json"), "SEC's ticker list", cancellationToken);
        if (tickerList.Error is { } listError)
        {
            return CompanyChange.Unavailable(listError);
        }

        IReadOnlyDictionary<string, long> ciks;
        try
        {
            ciks = TickerListParser.Parse(tickerList.Body);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return CompanyChange.Unavailable($"SEC's ticker list is unreadable: {ex.Message}");
        }

        var unknown = wanted.Where(t => !ciks.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
        {
            return CompanyChange.Invalid(unknown.Select(t => $"unknown ticker '{t}': it is not in SEC's ticker list (www.sec.gov/files/company_tickers.json)").ToList());
        }

        await store.RefreshAsync(cancellationToken);
        var resolved = new List<Company>();
        foreach (var ticker in wanted)
        {
            var cik = ciks[ticker];
            var url = new Uri(options.Value.DataBaseUrl, $"submissions/CIK{cik:D10}.json");
            var submissions = await FetchAsync(url, $"the submissions document of {ticker} (CIK {cik})", cancellationToken);
            if (submissions.Error is { } error)
            {
                return CompanyChange.Unavailable(error);
            }

            Company company;
            try
            {
                company = SubmissionsParser.ParseCompany(submissions.Body, ticker, cik);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
            {
                return CompanyChange.Invalid([$"{ticker}: {ex.Message}"]);
            }

            var tracked = catalog.Find(ticker);
            resolved.Add(MergeWithTracked(company, tracked, aliases) with
            {
                HistorySince = sinceYear is { } y ? new DateOnly(y, 1, 1) : tracked?.HistorySince ?? new DateOnly(DefaultSinceYear, 1, 1),
            });
        }

        var now = time.GetUtcNow();
        foreach (var company in resolved)
        {
            await store.SaveAsync(company, now, cancellationToken);
            Added(logger, company.Ticker, company.Cik, company.Name, company.Aliases.Count);
        }

        await store.RefreshAsync(cancellationToken);
        return CompanyChange.Done(resolved);
    }

    // Re-adding a tracked company keeps what was set by hand (its aliases, a seed's newsroom feeds) and adds SEC's names.
    private static Company MergeWithTracked(Company resolved, Company? tracked, IReadOnlyList<string> aliases) => resolved with
    {
        Aliases = (tracked?.Aliases ?? []).Concat(resolved.Aliases).Concat(aliases.Select(a => a.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        NewsroomFeeds = tracked?.NewsroomFeeds ?? [],
    };

    private async Task<(byte[] Body, string? Error)> FetchAsync(Uri url, string what, CancellationToken cancellationToken)
    {
        var fetched = await client.FetchCompanyDataAsync(url, Validators.None, cancellationToken);
        return fetched.IsOk ? (fetched.Body!, null) : ([], $"{what} could not be read: {fetched.Error ?? $"HTTP {(int)fetched.Status}"}");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Companies: added {Ticker} (CIK {Cik}, {Name}) with {Aliases} WARN aliases")]
    private static partial void Added(ILogger logger, string ticker, long cik, string name, int aliases);
}

/// <summary>What an add or remove did: the companies changed, or why nothing was.</summary>
public sealed record CompanyChange(string Outcome, IReadOnlyList<Company> Companies, IReadOnlyList<string> Problems)
{
    public const string OutcomeDone = "done";

    /// <summary>A ticker, alias or company SEC cannot vouch for: the caller's input (HTTP 400, exit 2).</summary>
    public const string OutcomeInvalid = "invalid";

    /// <summary>SEC could not be read: nothing was stored; try again (HTTP 502).</summary>
    public const string OutcomeUnavailable = "unavailable";

    public static CompanyChange Done(IReadOnlyList<Company> companies) => new(OutcomeDone, companies, []);

    public static CompanyChange Invalid(IReadOnlyList<string> problems) => new(OutcomeInvalid, [], problems);

    public static CompanyChange Unavailable(string problem) => new(OutcomeUnavailable, [], [problem]);
}
