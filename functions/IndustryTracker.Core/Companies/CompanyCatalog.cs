using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Companies;

/// <summary>The companies file, loaded and validated once at start.</summary>
public sealed partial class CompanyCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Company> _byTicker;

    public CompanyCatalog(IReadOnlyList<Company> companies)
    {
        Companies = companies;
        _byTicker = companies.ToDictionary(c => c.Ticker, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Company> Companies { get; }

    public Company? Find(string ticker) => _byTicker.GetValueOrDefault(ticker);

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

    [GeneratedRegex(@"^[A-Za-z0-9.\-]{1,10}$")]
    private static partial Regex TickerPattern();

    [GeneratedRegex(@"^(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$")]
    private static partial Regex FiscalYearEndPattern();

    private sealed record CompaniesFile(List<Company>? Companies);
}
