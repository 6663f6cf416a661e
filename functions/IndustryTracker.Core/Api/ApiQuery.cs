using System.Globalization;
using IndustryTracker.Core.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustryTracker.Core.Api;

/// <summary>Parses and checks query parameters; each failure names its parameter.</summary>
public static class ApiQuery
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public static ProblemHttpResult? Companies(CompanyCatalog catalog, string? value, out IReadOnlyList<Company> companies)
    {
        companies = catalog.Companies;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var picked = new List<Company>();
        foreach (var ticker in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var company = catalog.Find(ticker);
            if (company is null)
            {
                return ApiProblems.BadParameter("companies", $"Unknown ticker '{Shorten(ticker)}'. Known: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))}.");
            }

            picked.Add(company);
        }

        companies = picked.Distinct().ToList();
        return null;
    }

    public static ProblemHttpResult? Year(string name, string? value, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < MinYear || parsed > MaxYear)
        {
            return ApiProblems.BadParameter(name, $"'{Shorten(value)}' is not a year between {MinYear} and {MaxYear}.");
        }

        year = parsed;
        return null;
    }

    /// <summary>A year (2023: its first or last day) or a day (2023-01-18), returned as yyyy-MM-dd.</summary>
    public static ProblemHttpResult? Date(string name, string? value, bool endOfRange, out string? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length == 4 && Year(name, value, out var year) is null)
        {
            date = endOfRange ? $"{year}-12-31" : $"{year}-01-01";
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= MinYear and <= MaxYear)
        {
            date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return null;
        }

        return ApiProblems.BadParameter(name, $"'{Shorten(value)}' is neither a year (2023) nor a date (2023-01-18).");
    }

    public static ProblemHttpResult? State(string? value, out string? state)
    {
        state = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length != 2 || !value.All(char.IsAsciiLetter))
        {
            return ApiProblems.BadParameter("state", $"'{Shorten(value)}' is not a two-letter state code.");
        }

        state = value.ToUpperInvariant();
        return null;
    }

    public static ProblemHttpResult? Range(string fromName, string? from, string? to) =>
        from is not null && to is not null && string.CompareOrdinal(from, to) > 0
            ? ApiProblems.BadParameter(fromName, $"from ({from}) is after to ({to}).")
            : null;

    public static ProblemHttpResult? Choice(string name, string? value, string[] allowed, out string chosen)
    {
        chosen = allowed[0];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return ApiProblems.BadParameter(name, $"'{Shorten(value)}' is not one of: {string.Join(", ", allowed)}.");
        }

        chosen = match;
        return null;
    }

    /// <summary>A comma-separated subset of the benchmark metrics; all of them when absent.</summary>
    public static ProblemHttpResult? Metrics(string name, string? value, bool required, out IReadOnlyList<string> metrics)
    {
        metrics = Benchmarks.BenchmarkMetrics.All;
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? ApiProblems.BadParameter(name, $"Name a metric: {string.Join(", ", Benchmarks.BenchmarkMetrics.All)}.") : null;
        }

        var picked = new List<string>();
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var metric = Benchmarks.BenchmarkMetrics.All.FirstOrDefault(m => string.Equals(m, item, StringComparison.OrdinalIgnoreCase));
            if (metric is null)
            {
                return ApiProblems.BadParameter(name, $"Unknown metric '{Shorten(item)}'. Known: {string.Join(", ", Benchmarks.BenchmarkMetrics.All)}.");
            }

            picked.Add(metric);
        }

        metrics = picked.Distinct().ToList();
        return null;
    }

    public static ProblemHttpResult? Format(string? value, out bool csv)
    {
        csv = string.Equals(value, "csv", StringComparison.OrdinalIgnoreCase);
        return string.IsNullOrEmpty(value) || csv || string.Equals(value, "json", StringComparison.OrdinalIgnoreCase)
            ? null
            : ApiProblems.BadParameter("format", $"'{Shorten(value)}' is not a format; use json or csv.");
    }

    /// <summary>Echoed input is cut short: problem bodies must not become a way to reflect large payloads.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
