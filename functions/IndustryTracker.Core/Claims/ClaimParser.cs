using System.Text.RegularExpressions;

namespace IndustryTracker.Core.Claims;

/// <summary>One claims-file entry → a <see cref="Claim"/>, collecting each missing or malformed field by its path.</summary>
internal static partial class ClaimParser
{
    public static Claim? Parse(ClaimEntry entry, IReadOnlyDictionary<string, PublicationEntry> publications, IReadOnlySet<string>? tickers, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(entry.Id) || !IdPattern().IsMatch(entry.Id))
        {
            errors.Add("id is required: lower-case letters, digits and '-'");
        }

        if (string.IsNullOrWhiteSpace(entry.Text))
        {
            errors.Add("text is required (the claim, paraphrased)");
        }

        Publication? publication = null;
        if (string.IsNullOrWhiteSpace(entry.PublishedIn))
        {
            errors.Add("publishedIn is required (a key of publications)");
        }
        else if (!publications.TryGetValue(entry.PublishedIn, out var p))
        {
            errors.Add($"publishedIn '{entry.PublishedIn}' is not a key of publications");
        }
        else
        {
            publication = new Publication(p.Title ?? "", p.Author, p.Source ?? "", entry.Passage, p.CitesAs);
        }

        var check = entry.Check is null ? Missing(errors, "check is required") : CheckParser.Parse(entry.Check, tickers, errors);
        return publication is null || check is null ? null : new Claim(entry.Id!, entry.Text!, publication, check, entry.Note, entry.SettledBy);
    }

    private static ClaimCheck? Missing(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex IdPattern();
}
