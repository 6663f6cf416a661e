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
    private readonly CompanyCatalog _catalog;
    private volatile AliasIndex _index;

    public EmployerMatcher(CompanyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _index = new AliasIndex(catalog.Version, Index(catalog));
    }

    // Rebuilt when the catalog changes (a company added by ticker), so the next WARN run matches its names.
    private List<(string[] Tokens, string Ticker, string Alias)> Aliases
    {
        get
        {
            var index = _index;
            if (!ReferenceEquals(index.Version, _catalog.Version))
            {
                index = new AliasIndex(_catalog.Version, Index(_catalog));
                _index = index;
            }

            return index.Aliases;
        }
    }

    // Longest alias first, so "Amazon.com Services LLC" wins over "Amazon.com"; ties keep the catalog's order.
    private static List<(string[] Tokens, string Ticker, string Alias)> Index(CompanyCatalog catalog) => catalog.Companies
        .SelectMany(c => c.Aliases.Append(c.Name).Select(a => (Tokens: EmployerNames.Tokens(a), c.Ticker, Alias: a)))
        .Where(a => a.Tokens.Length > 0)
        .OrderByDescending(a => a.Tokens.Length)
        .ToList();

    public EmployerMatch? Match(string employer)
    {
        if (string.IsNullOrWhiteSpace(employer))
        {
            return null;
        }

        var tokens = EmployerNames.Tokens(employer);
        var best = Aliases
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

    // One object, so a reader never sees one catalog's version with another's aliases.
    private sealed record AliasIndex(object Version, List<(string[] Tokens, string Ticker, string Alias)> Aliases);
}
