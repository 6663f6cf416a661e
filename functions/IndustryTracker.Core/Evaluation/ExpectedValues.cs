using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Evaluation;

/// <summary>
/// The values a replay tree's documents state, written by a person from the documents themselves, each with where it
/// is stated (<c>source</c>). <c>tracker eval</c> scores the pipeline's output against them.
/// </summary>
public sealed record ExpectedValues(
    IReadOnlyList<ExpectedHeadcount> Headcount,
    IReadOnlyList<ExpectedRevenue> Revenue,
    IReadOnlyList<ExpectedReduction> Reductions,
    string? Description = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A missing field is the file's mistake, said with its JSON path, never a silent default.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="InvalidDataException">The file is missing or invalid; the message names the file and the entry.</exception>
    public static ExpectedValues Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Expected-values file '{path}' does not exist.");
        }

        ExpectedValues? values;
        try
        {
            using var stream = File.OpenRead(path);
            values = JsonSerializer.Deserialize<ExpectedValues>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Expected-values file '{path}' is invalid: {ex.Message}", ex);
        }

        if (values is null)
        {
            throw new InvalidDataException($"Expected-values file '{path}' is empty.");
        }

        var problem = values.Problems().FirstOrDefault();
        return problem is null ? values : throw new InvalidDataException($"Expected-values file '{path}' is invalid: {problem}");
    }

    /// <summary>What JSON shape alone cannot check: non-blank names and sources, a reduction that states something.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (h, i) in Headcount.Select((h, i) => (h, i)))
        {
            if (Blank(h.Company, h.Source) is { } field)
            {
                yield return $"headcount[{i}].{field} is empty.";
            }
        }

        foreach (var (r, i) in Revenue.Select((r, i) => (r, i)))
        {
            if (Blank(r.Company, r.Source) is { } field)
            {
                yield return $"revenue[{i}].{field} is empty.";
            }
            else if (r.PeriodStart > r.PeriodEnd)
            {
                yield return $"revenue[{i}].periodStart is after its periodEnd.";
            }
        }

        foreach (var (r, i) in Reductions.Select((r, i) => (r, i)))
        {
            if (Blank(r.Company, r.Source) is { } field)
            {
                yield return $"reductions[{i}].{field} is empty.";
            }
            else if (!ExpectedReduction.IsAnnouncedDate(r.Announced))
            {
                yield return $"reductions[{i}].announced '{r.Announced}' is not yyyy, yyyy-MM or yyyy-MM-dd.";
            }
            else if (r.Count is null && r.PercentOfWorkforce is null && r.ChargesUsd is null)
            {
                yield return $"reductions[{i}] states none of count, percentOfWorkforce, chargesUsd: nothing to score.";
            }
        }
    }

    private static string? Blank(string company, string source) =>
        string.IsNullOrWhiteSpace(company) ? "company" : string.IsNullOrWhiteSpace(source) ? "source" : null;
}

/// <summary>A total headcount stated for a date.</summary>
public sealed record ExpectedHeadcount(string Company, DateOnly AsOf, long Employees, string Source);

/// <summary>Revenue for a period (start and end inclusive, as XBRL states them).</summary>
public sealed record ExpectedRevenue(string Company, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Source);

/// <summary>
/// A workforce reduction announced within <see cref="Announced"/> (a year, month or day). Only the values given are
/// scored: a null count means "not checked", so a filing that states only the charges is scored on the charges.
/// </summary>
public sealed record ExpectedReduction(string Company, string Announced, string Source, long? Count = null, decimal? PercentOfWorkforce = null, decimal? ChargesUsd = null)
{
    public static bool IsAnnouncedDate(string value) =>
        DateOnly.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
