using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Companies;

/// <summary>
/// The tracked companies: the companies file (loaded and validated once at start, the seeds) merged with the companies
/// added by ticker (the <c>companies</c> table), which <see cref="CompanyRegistry"/> reads at the start of each run and
/// after each change. Readers see one consistent list: a merge replaces the whole snapshot at once.
/// </summary>
public sealed partial class CompanyCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private volatile Snapshot _current;

    public CompanyCatalog(IReadOnlyList<Company> seeds)
    {
        Seeds = seeds;
        _current = new Snapshot(seeds);
    }

    /// <summary>The companies file's entries.</summary>
    public IReadOnlyList<Company> Seeds { get; }

    /// <summary>The seeds, then the added companies in ticker order.</summary>
    public IReadOnlyList<Company> Companies => _current.Companies;

    /// <summary>Changes (to a new object) whenever the list does, so a reader that derives an index from it knows when to rebuild.</summary>
    public object Version => _current;

    public Company? Find(string ticker) => _current.ByTicker.GetValueOrDefault(ticker);

    /// <summary>
    /// Replaces the added companies with <paramref name="added"/>. An added entry with a seed's ticker replaces that seed
    /// (it is an edit: e.g. more WARN aliases), so the table, not a redeploy, has the last word.
    /// </summary>
    public void Merge(IEnumerable<Company> added)
    {
        var extra = added.ToDictionary(c => c.Ticker, StringComparer.OrdinalIgnoreCase);
        var merged = Seeds.Select(s => extra.Remove(s.Ticker, out var edit) ? edit : s)
            .Concat(extra.Values.OrderBy(c => c.Ticker, StringComparer.Ordinal))
            .ToList();
        _current = new Snapshot(merged);
    }

    public static CompanyCatalog Load(string path)
    {
        // Relative paths resolve against the working directory, then the app's own folder (where the function app ships it).
        if (!Path.IsPathRooted(path) && !File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, path)))
        {
            path = Path.Combine(AppContext.BaseDirectory, path);
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Companies file '{path}' not found. Set Companies:File (or pass --companies FILE).");
        }

        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CompaniesFile>(stream, Json)
            ?? throw new InvalidOperationException($"Companies file '{path}' is empty.");
        var companies = file.Companies ?? [];
        var errors = companies.SelectMany((c, i) => Validate(c, i)).ToList();
        if (companies.Count == 0)
        {
            errors.Add("it lists no companies");
        }

        var duplicate = companies.GroupBy(c => c.Ticker, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"ticker {duplicate.Key} appears more than once");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Companies file '{path}' is invalid: {string.Join("; ", errors)}.");
        }

        return new CompanyCatalog(companies.Select(c => c with
        {
            Ticker = c.Ticker.ToUpperInvariant(),
            Aliases = c.Aliases ?? [],
            NewsroomFeeds = c.NewsroomFeeds ?? [],
            FormerNames = c.FormerNames ?? [],
            Origin = CompanyOrigins.Seeds,
        }).ToList());
    }

    private static IEnumerable<string> Validate(Company c, int index)
    {
        var where = $"entry {index + 1}";
        if (string.IsNullOrWhiteSpace(c.Ticker) || !TickerPattern().IsMatch(c.Ticker))
        {
            yield return $"{where}: ticker must be 1-10 letters, digits, '.' or '-'";
        }

        if (c.Cik <= 0)
        {
            yield return $"{where}: cik must be a positive number";
        }

        if (string.IsNullOrWhiteSpace(c.Name))
        {
            yield return $"{where}: name is required";
        }

        if (c.FiscalYearEnd is null || !FiscalYearEndPattern().IsMatch(c.FiscalYearEnd))
        {
            yield return $"{where}: fiscalYearEnd must be MMDD, e.g. 1231 or 0630";
        }
    }

    /// <summary>Whether <paramref name="ticker"/> has a ticker's shape (1-10 letters, digits, '.' or '-').</summary>
    public static bool IsTicker(string? ticker) => !string.IsNullOrWhiteSpace(ticker) && TickerPattern().IsMatch(ticker);

    [GeneratedRegex(@"^[A-Za-z0-9.\-]{1,10}$")]
    private static partial Regex TickerPattern();

    /// <summary>Whether <paramref name="value"/> is a fiscal year end as SEC writes it: MMDD.</summary>
    public static bool IsFiscalYearEnd(string? value) => value is not null && FiscalYearEndPattern().IsMatch(value);

    [GeneratedRegex(@"^(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$")]
    private static partial Regex FiscalYearEndPattern();

    private sealed record CompaniesFile(List<Company>? Companies);

    private sealed class Snapshot(IReadOnlyList<Company> companies)
    {
        public IReadOnlyList<Company> Companies { get; } = companies;

        public Dictionary<string, Company> ByTicker { get; } = companies.ToDictionary(c => c.Ticker, StringComparer.OrdinalIgnoreCase);
    }
}
