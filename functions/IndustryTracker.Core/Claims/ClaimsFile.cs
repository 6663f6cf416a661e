using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Claims;

/// <summary>
/// Loads and validates <c>seeds/claims.json</c>. Every problem is reported at once, each naming the claim (its position
/// and id) and the field, so a hand-edited file is fixed in one pass.
/// </summary>
public static class ClaimsFile
{
    // Unknown fields are errors: a misspelt "tolerancePct" must not silently become the default.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <param name="tickers">The tracked companies (case-insensitive); null skips that check.</param>
    public static IReadOnlyList<Claim> Load(string path, IReadOnlySet<string>? tickers = null)
    {
        var load = Read(path, tickers);
        return load.Problems.Count > 0 ? throw new InvalidOperationException(load.Describe()) : load.Claims;
    }

    /// <param name="name">How errors name the file.</param>
    public static IReadOnlyList<Claim> Parse(string json, string name, IReadOnlySet<string>? tickers = null)
    {
        var load = Read(json, name, tickers);
        return load.Problems.Count > 0 ? throw new InvalidOperationException(load.Describe()) : load.Claims;
    }

    /// <summary>
    /// The file's valid claims and, separately, what is wrong with the rest — never an exception: claims are commentary
    /// on the data, so a bad entry (or a missing or malformed file) is a warning and the pipeline still runs.
    /// </summary>
    public static ClaimsLoad Read(string path, IReadOnlySet<string>? tickers = null)
    {
        // Relative paths resolve against the working directory, then the app's own folder (where the function app ships it).
        if (!Path.IsPathRooted(path) && !File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, path)))
        {
            path = Path.Combine(AppContext.BaseDirectory, path);
        }

        return File.Exists(path)
            ? Read(File.ReadAllText(path), path, tickers)
            : new ClaimsLoad(path, [], [], $"Claims file '{path}' not found. Set Claims:File to the path of a claims file (e.g. seeds/claims.json).");
    }

    /// <param name="name">How problems name the file.</param>
    public static ClaimsLoad Read(string json, string name, IReadOnlySet<string>? tickers = null)
    {
        ClaimsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ClaimsDocument>(json, Json);
        }
        catch (JsonException e)
        {
            return new ClaimsLoad(name, [], [], $"Claims file '{name}' is not valid at {e.Path} (line {e.LineNumber + 1}): {e.Message}");
        }

        var errors = new List<string>();
        var publications = document?.Publications ?? [];
        var entries = document?.Claims ?? [];
        if (entries.Count == 0)
        {
            errors.Add("it lists no claims");
        }

        foreach (var (key, p) in publications)
        {
            errors.AddRange(new[] { ("title", p.Title), ("source", p.Source) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => $"publication '{key}': {f.Item1} is required"));
        }

        var claims = new List<Claim>();
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"claim {i + 1} ({entries[i].Id ?? "no id"})";
            var claimErrors = new List<string>();
            var claim = ClaimParser.Parse(entries[i], publications, tickers, claimErrors);
            errors.AddRange(claimErrors.Select(e => $"{where}: {e}"));
            if (claim is not null && claimErrors.Count == 0)
            {
                claims.Add(claim);
            }
        }

        // Every copy of a repeated id is left out: which one is meant cannot be told.
        var repeated = claims.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(repeated.Select(id => $"id '{id}' appears more than once"));
        return new ClaimsLoad(name, claims.Where(c => !repeated.Contains(c.Id)).ToList(), errors, null);
    }
}

/// <summary>
/// A claims file as read: its valid claims, the problems of its invalid entries (each naming the entry and field), and
/// a problem with the file as a whole (missing, malformed), if any.
/// </summary>
public sealed record ClaimsLoad(string Name, IReadOnlyList<Claim> Claims, IReadOnlyList<string> EntryProblems, string? FileProblem)
{
    /// <summary>Every problem, the file's first.</summary>
    public IReadOnlyList<string> Problems => FileProblem is null ? EntryProblems : [FileProblem, .. EntryProblems];

    /// <summary>One message for all problems, as the strict <see cref="ClaimsFile.Load"/> throws it.</summary>
    public string Describe() => FileProblem ?? $"Claims file '{Name}' is invalid: {string.Join("; ", EntryProblems)}.";
}
