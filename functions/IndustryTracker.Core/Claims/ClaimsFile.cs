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
        // Relative paths resolve against the working directory, then the app's own folder (where the function app ships it).
        if (!Path.IsPathRooted(path) && !File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, path)))
        {
            path = Path.Combine(AppContext.BaseDirectory, path);
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Claims file '{path}' not found. Set Claims:File to the path of a claims file (e.g. seeds/claims.json).");
        }

        return Parse(File.ReadAllText(path), path, tickers);
    }

    /// <param name="name">How errors name the file.</param>
    public static IReadOnlyList<Claim> Parse(string json, string name, IReadOnlySet<string>? tickers = null)
    {
        ClaimsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ClaimsDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Claims file '{name}' is not valid at {e.Path} (line {e.LineNumber + 1}): {e.Message}", e);
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

        errors.AddRange(claims.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"id '{g.Key}' appears more than once"));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Claims file '{name}' is invalid: {string.Join("; ", errors)}.");
        }

        return claims;
    }
}
