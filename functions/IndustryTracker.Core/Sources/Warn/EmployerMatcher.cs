using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Matches a WARN employer name to a tracked company, conservatively. After <see cref="EmployerNames"/> reduces the name,
/// an alias must be its first whole words: the name equal to an alias is the company itself (Subsidiary=false, also when
/// the rest is only a facility label such as "Amazon MAK7 Facility"); an alias followed by other words is a labelled unit
/// ("Amazon Fresh", Subsidiary=true). An alias inside a word ("Amazonia"), after the employer's own name ("Staffing for
/// Google", "SIS Inc - Facebook Site") or after "dba" ("ABM Industry Groups, LLC dba Meta") does not match.
/// </summary>
public sealed class EmployerMatcher
{
    private readonly List<(string[] Tokens, string Ticker, string Alias)> _aliases;

    public EmployerMatcher(CompanyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        // Longest alias first, so "Amazon.com Services LLC" wins over "Amazon.com"; ties keep the catalog's order.
        _aliases = catalog.Companies
            .SelectMany(c => c.Aliases.Append(c.Name).Select(a => (Tokens: EmployerNames.Tokens(a), c.Ticker, Alias: a)))
            .Where(a => a.Tokens.Length > 0)
            .OrderByDescending(a => a.Tokens.Length)
            .ToList();
    }

    public EmployerMatch? Match(string employer)
    {
        if (string.IsNullOrWhiteSpace(employer))
        {
            return null;
        }

        var tokens = EmployerNames.Tokens(employer);
        var best = _aliases
            .Where(a => tokens.Length >= a.Tokens.Length && tokens.AsSpan(0, a.Tokens.Length).SequenceEqual(a.Tokens))
            .GroupBy(a => a.Tokens.Length)
            .FirstOrDefault();
        if (best is not null)
        {
            // Several aliases reduce to the same words ("Google", "Google LLC"): cite the one written as the employer is, else the shortest.
            var (alias, ticker, text) = best
                .OrderByDescending(a => string.Equals(a.Alias, employer.Trim(), StringComparison.OrdinalIgnoreCase))
                .ThenBy(a => a.Alias.Length)
                .First();
            var rest = tokens[alias.Length..];
            var subsidiary = rest.Length > 0 && !rest.Any(EmployerNames.SiteWords.Contains);
            return new EmployerMatch(ticker, subsidiary, text);
        }

        return null;
    }
}
