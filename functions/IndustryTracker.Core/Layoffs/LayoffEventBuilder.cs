using System.Globalization;
using System.Text.RegularExpressions;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>Turns an assembled round into the served event: headline, basis, counts, charges and evidence.</summary>
internal static partial class LayoffEventBuilder
{
    public static LayoffEvent Build(string ticker, string name, Round round)
    {
        var headline = round.Headline;
        var count = round.Count;
        var added = count is null ? (long?)null : Math.Max(0, count.Value - round.Includes.Sum(r => r.Count ?? 0));
        var statements = round.Reductions.Concat(round.Charges).Concat(round.Timings).OrderBy(s => s.DocumentDate).ThenBy(s => s.Source.Url, StringComparer.Ordinal).ToList();
        // Reports repeat a charge as the year goes on; the latest report's figure is the complete one. A plan stated with
        // its count and its cost in one sentence carries the charge on the reduction, so those count too.
        var charge = round.Charges.Concat(round.Reductions).Where(s => s.Statement.ChargesUsd is not null)
            .OrderByDescending(s => s.DocumentDate).ThenBy(s => s.Statement.Kind).FirstOrDefault();
        var charges = charge?.Statement.ChargesUsd;
        var percent = headline?.Statement.PercentOfWorkforce ?? round.Reductions.Select(s => s.Statement.PercentOfWorkforce).FirstOrDefault(p => p is not null);
        // The sentence shown beside the headline is the one whose figure the headline gives: the count's, else the charge's.
        var sentence = headline?.Statement.Sentence ?? charge?.Statement.Sentence ?? round.Charges.FirstOrDefault()?.Statement.Sentence;
        return new LayoffEvent(
            round.Id,
            ticker,
            round.Window.Label(),
            round.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            count,
            round.WarnOnly ? "sum of WARN notices" : headline?.Statement.Qualifier?.ToString(),
            added,
            percent,
            round.Reductions.Select(s => s.Statement.TimeFrame).FirstOrDefault(t => t is not null),
            Headline(name, round, headline, count, percent, charges),
            Basis(round, headline),
            charges,
            round.Warn.Sum(w => w.Notice.Workers ?? 0),
            round.Includes.Select(r => r.Id).ToList(),
            statements.Select(Source).ToList(),
            round.Warn.Select(Warn).ToList(),
            sentence ?? Summary(round),
            DateNote(round));
    }

    /// <summary>"Meta Platforms, Inc." → "Meta Platforms": the legal suffix adds nothing to a headline.</summary>
    public static string? ShortName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var shorter = LegalSuffix().Replace(name.Trim(), "");
        return shorter.Length == 0 ? name.Trim() : shorter;
    }

    /// <summary>
    /// A line a journalist can use, from the event's fields only: who, what, how many (as qualified), the share of the
    /// workforce, and the plan's own name when the sentence defines one ("(the “2022 Restructuring”)"), else the date.
    /// </summary>
    private static string Headline(string name, Round round, StatementEvidence? headline, long? count, decimal? percent, decimal? charges)
    {
        if (round.WarnOnly)
        {
            var states = string.Join(", ", round.Warn.Select(w => w.Notice.State).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            return string.Create(CultureInfo.InvariantCulture,
                $"{name}: WARN notices for {count:N0} workers ({states}), received {round.Warn.Min(w => w.Notice.Received):yyyy-MM-dd} to {round.Warn.Max(w => w.Notice.Received):yyyy-MM-dd}");
        }

        var label = PlanName(headline?.Statement.Sentence) ?? PlanName(round.Charges.Select(c => c.Statement.Sentence).FirstOrDefault(c => PlanName(c) is not null))
            ?? "announced " + round.Window.Label();
        string what;
        if (count is { } n)
        {
            var qualifier = headline?.Statement.Qualifier switch
            {
                CountQualifier.Approximate => "about ",
                CountQualifier.MoreThan => "more than ",
                CountQualifier.JustOver => "just over ",
                CountQualifier.UpTo => "up to ",
                _ => "",
            };
            var share = percent is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p:0.##}% of the workforce") : "";
            what = string.Create(CultureInfo.InvariantCulture, $"layoff of {qualifier}{n:N0} {Noun(headline!.Statement.Sentence, n)}{share}");
        }
        else if (percent is { } p)
        {
            var qualifier = headline?.Statement.Qualifier is CountQualifier.Approximate ? "about " : "";
            what = string.Create(CultureInfo.InvariantCulture, $"workforce reduction of {qualifier}{p:0.##}% (no count stated)");
        }
        else if (charges is { } usd)
        {
            what = $"workforce reduction with {Usd(usd)} of severance and related charges (no count stated)";
        }
        else
        {
            what = "workforce reduction (no count stated)";
        }

        return $"{name}: {what} ({label})";
    }

    private static string Usd(decimal usd) => usd switch
    {
        >= 1_000_000_000m => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000_000m:0.##} billion"),
        >= 1_000_000m => string.Create(CultureInfo.InvariantCulture, $"${usd / 1_000_000m:0.##} million"),
        _ => string.Create(CultureInfo.InvariantCulture, $"${usd:N0}"),
    };

    /// <summary>The noun the sentence counts in ("12,000 roles", "10,000 jobs"), so the headline does not turn roles into people.</summary>
    private static string Noun(string sentence, long count)
    {
        var match = Regex.Match(
            sentence,
            Regex.Escape(count.ToString("N0", CultureInfo.InvariantCulture)) + @"(?:\s+[\w-]+){0,4}?\s+(?<noun>roles|positions|jobs|employees|people|workers|associates|team\s+members)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["noun"].Value.ToLowerInvariant() : "employees";
    }

    /// <summary>The name the filing defines for the plan: "(the “2022 Restructuring”)", "(the “Fiscal 2018 Restructuring Plan”)".</summary>
    private static string? PlanName(string? sentence)
    {
        if (sentence is null)
        {
            return null;
        }

        var match = DefinedPlan().Match(sentence);
        return match.Success ? match.Groups["name"].Value.Trim() : null;
    }

    private static string? DateNote(Round round) => round.DateNote
        ?? (round.Window.Fiscal is { } fiscal
            ? string.Create(CultureInfo.InvariantCulture, $"stated as fiscal quarter {fiscal}; resolved to {round.Window.Start:yyyy-MM-dd}..{round.Window.End:yyyy-MM-dd} through the company's fiscal year")
            : round.DateFromFiling ? "announcement date not stated; the filing's date stands in" : null);

    private static string Basis(Round round, StatementEvidence? headline)
    {
        var basis = round switch
        {
            { WarnOnly: true } => "WARN notices only: count is the sum of their workers",
            _ when headline is null => "charges reported; no count stated",
            _ when headline.Statement.Count is null => $"{Origin(headline)} without a count",
            _ => $"count from {(headline.Editor is null ? "a" : "an")} {Origin(headline)}",
        };
        basis = round.DateFromFiling ? basis + "; announcement date not stated, filing date used" : basis;
        // An editor's statement never silently stands beside (or in for) the company's own: the basis names it.
        var editors = round.Reductions.Where(s => s.Editor is not null && s != headline).Select(s => s.Editor!.Publisher).Distinct(StringComparer.Ordinal).ToList();
        return editors.Count == 0 ? basis : $"{basis}; editor statement also present (secondary source: {string.Join(", ", editors)})";
    }

    private static string Origin(StatementEvidence s) =>
        s.FromFiling ? "filing statement" : s.Editor is { } editor ? $"editor statement (secondary source: {editor.Publisher})" : "newsroom statement";

    private static string Summary(Round round) => string.Create(
        CultureInfo.InvariantCulture,
        $"{round.Warn.Count} WARN notices, {round.Warn.Sum(w => w.Notice.Workers ?? 0)} workers, received {round.Warn.Min(w => w.Notice.Received):yyyy-MM-dd} to {round.Warn.Max(w => w.Notice.Received):yyyy-MM-dd}");

    private static LayoffSource Source(StatementEvidence s) => new(
        s.Source.SourceKind,
        s.Source.Url,
        s.Source.Accession,
        s.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Statement.Count,
        s.Statement.Qualifier?.ToString(),
        s.Statement.ChargesUsd,
        s.Statement.Sentence,
        s.Editor?.Publisher,
        s.Editor?.AddedBy,
        s.Editor?.AddedAt);

    private static LayoffWarn Warn(WarnEvidence w) => new(
        w.Notice.State,
        w.Notice.Employer,
        w.Notice.Site ?? w.Notice.Location,
        w.Notice.Workers,
        w.Notice.Received?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        w.Notice.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        w.Subsidiary,
        w.SourceUrl);

    [GeneratedRegex(@",?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|LLC|N\.V\.|S\.A\.|AG|SE)$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalSuffix();

    // A defined term in parentheses that names a plan, program or restructuring, or carries a year; quoted or not
    // ("(the “2022 Restructuring”)" in the 10-Q, "(the 2022 Restructuring)" once the 10-K's text is extracted).
    [GeneratedRegex(
        @"\((?:the\s+)?[“""]?(?<name>[^”""()]{0,60}?(?:\b(?:19|20)\d{2}\b|Restructuring|Plan|Program|Initiative|Reduction)[^”""()]{0,40}?)[”""]?\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DefinedPlan();
}
