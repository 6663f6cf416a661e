using System.Buffers;
using System.Text.RegularExpressions;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>Finds employee-count statements in a filing's plain text (see <see cref="HtmlText"/>).</summary>
public static class HeadcountParser
{
    // A superset of the nouns in HeadcountPatterns (Noun, and the subjects of SubjectLed) as case-insensitive
    // fragments, plus "respectively", whose reader binds its own pairs.
    private static readonly SearchValues<string> RequiredWords = SearchValues.Create(
        ["employ", "people", "person", "individual", "associate", "team", "worker", "staff", "personnel", "equivalent",
         "fte", "colleague", "headcount", "workforce", "respectively"],
        StringComparison.OrdinalIgnoreCase);

    // A count in words ("ten thousand") has no digit; with a relative date ("at the end of the year") nor does its sentence.
    private static readonly SearchValues<string> ScaleWords = SearchValues.Create(["thousand", "million"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every headcount the text states, in reading order. A count needs an as-of date the sentence binds
    /// to it: an undated count cannot be placed on a time series, and guessing the filing's period end
    /// would silently misdate counts quoted from other periods. Statements with the same date, count and
    /// scope are one fact however often the filing repeats it; the first sentence is kept as evidence.
    /// A prior-period count stated next to the current one ("from 27,742 as of March 31, 2018") is
    /// emitted with its own date: it is what the company reported for that date. Counts of a part of
    /// the company (a country, a segment, covered by a plan) and counts of events (hired, laid off) are
    /// left out; missing a figure is cheaper than charting a sub-count as the company total.
    /// </summary>
    public static IReadOnlyList<HeadcountStatement> Parse(string text, ReportPeriod? period = null) => Read(text, period).Statements;

    /// <summary>
    /// <see cref="Parse"/>'s statements, and beside them the dated counts it refused as no employer's headcount
    /// (<see cref="Plausibility.Headcount"/>: a larger figure is users, customers or a garbled filing), each with its
    /// reason, so the normalizer can record them on the document instead of the period's headcount silently vanishing.
    /// </summary>
    /// <remarks>
    /// <paramref name="period"/> is the report's period (from its cover page, see <see cref="ReportPeriod"/>): with it,
    /// "at the end of our fiscal year" resolves to the period end and the statement says so; without it such counts are
    /// left out. <paramref name="tableRows"/> are the counts read from "Total employees" rows (<see cref="HeadcountTables"/>);
    /// they compete with the sentences for their dates. When a document states different totals for one date, the one
    /// stated most often (then the largest: a breakdown is never larger than its total) is kept and the others are
    /// returned as rejections saying which count won and why.
    /// </remarks>
    public static HeadcountRead Read(string text, ReportPeriod? period = null, IReadOnlyList<HeadcountStatement>? tableRows = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<(DateOnly, long, EmployeeScope)>();
        var support = new Dictionary<(DateOnly, long), int>();
        var results = new List<HeadcountStatement>();
        var rejected = new List<Rejection>();
        void Add(HeadcountStatement statement)
        {
            if (Plausibility.Headcount(statement.Employees) is { } reason)
            {
                if (seen.Add((statement.AsOf, statement.Employees, statement.Scope)))
                {
                    rejected.Add(new Rejection(reason, statement.Sentence));
                }

                return;
            }

            support[(statement.AsOf, statement.Employees)] = support.GetValueOrDefault((statement.AsOf, statement.Employees)) + 1;
            if (seen.Add((statement.AsOf, statement.Employees, statement.Scope)))
            {
                results.Add(statement);
            }
        }

        foreach (var range in Sentences.Ranges(text))
        {
            // Most lines of a filing are table rows and prose about money: a sentence without a digit, or without any
            // word the patterns need, cannot state a headcount, and skipping it keeps the pattern scans (and the
            // sentence's string) off most text.
            var raw = range.In(text);
            if ((raw.IndexOfAnyInRange('0', '9') < 0 && raw.IndexOfAny(ScaleWords) < 0) || raw.IndexOfAny(RequiredWords) < 0)
            {
                continue;
            }

            foreach (var statement in ParseSentence(SentenceText.Normalize(range.Of(text)), period))
            {
                Add(statement);
            }
        }

        foreach (var row in tableRows ?? [])
        {
            Add(row);
        }

        return new HeadcountRead(KeepBestSupported(results, support, rejected), rejected);
    }

    /// <summary>
    /// One total per date: where the statements give different counts for one date, the count stated most often wins, then
    /// the largest (a country, segment or full-time-only figure is smaller than the total it is part of). The others go to
    /// <paramref name="rejected"/> with the reason. Counts that agree in number but differ in scope are not in conflict.
    /// </summary>
    private static List<HeadcountStatement> KeepBestSupported(
        List<HeadcountStatement> statements, Dictionary<(DateOnly, long), int> support, List<Rejection> rejected)
    {
        var best = statements
            .GroupBy(s => s.AsOf)
            .ToDictionary(
                g => g.Key,
                g => g.Select(s => s.Employees).Distinct().OrderByDescending(n => support[(g.Key, n)]).ThenByDescending(n => n).First());
        var kept = new List<HeadcountStatement>(statements.Count);
        foreach (var statement in statements)
        {
            var winner = best[statement.AsOf];
            if (statement.Employees == winner)
            {
                kept.Add(statement);
                continue;
            }

            rejected.Add(new Rejection(
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"another count for {statement.AsOf:yyyy-MM-dd} is better supported: {winner:N0} (stated {Times(support[(statement.AsOf, winner)])}) "
                    + $"over {statement.Employees:N0} (stated {Times(support[(statement.AsOf, statement.Employees)])}); a document states one total per date"),
                statement.Sentence));
        }

        return kept;
    }

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    private static IEnumerable<HeadcountStatement> ParseSentence(string sentence, ReportPeriod? period)
    {
        // In a "…, respectively" sentence position binds counts to dates, so adjacency must not be used.
        if (sentence.Contains("respectively", StringComparison.OrdinalIgnoreCase))
        {
            var pairs = RespectivelyReader.Read(sentence).ToList();
            if (pairs.Count > 0)
            {
                return pairs.Select(p => new HeadcountStatement(
                    p.AsOf, p.Employees, p.Approximate, ScopeClassifier.Classify(p.Match.Value), sentence));
            }
        }

        return ParseByAdjacency(sentence, period);
    }

    private static IEnumerable<HeadcountStatement> ParseByAdjacency(string sentence, ReportPeriod? period)
    {
        EmployeeScope? primaryScope = null;
        foreach (var regex in (Regex[])[HeadcountPatterns.VerbLed(), HeadcountPatterns.SubjectLed()])
        {
            foreach (Match match in regex.Matches(sentence))
            {
                if (CountGuards.Rejects(sentence, match.Index) || OnlySeasonalOrTemporary(match)
                    || !TryReadCount(match, out var count, out var scaled))
                {
                    continue;
                }

                var scope = ScopeClassifier.Classify(Wording(sentence, match));
                if (Plausibility.Headcount(count) is null)
                {
                    primaryScope ??= scope; // an implausible count is rejected, so it cannot lend its scope to a comparative
                }

                // "Our headcount as of December 31, 2023 was 12,345": the date inside the match is the count's own.
                (DateOnly Date, string? Resolved)? asOf = match.Groups["subjectDate"].Success && DatePhrases.TryRead(match, out var inner)
                    ? (inner, null)
                    : AsOfDates.Resolve(sentence, match.Index, match.Index + match.Length, period);
                if (asOf is { } resolvedAsOf)
                {
                    yield return new HeadcountStatement(resolvedAsOf.Date, count, IsApproximate(match, scaled), scope, sentence, resolvedAsOf.Resolved);
                }
            }
        }

        // A prior-period count only counts as headcount in a sentence that already states one.
        if (primaryScope is not { } inherited)
        {
            yield break;
        }

        foreach (Match match in HeadcountPatterns.Comparative().Matches(sentence))
        {
            if (TryReadCount(match, out var count, out var scaled) && DatePhrases.TryRead(match, out var date))
            {
                // "compared to 86,482" has no noun of its own: it counts what the main count counts.
                var scope = match.Groups["noun"].Success ? ScopeClassifier.Classify(Wording(sentence, match)) : inherited;
                yield return new HeadcountStatement(date, count, IsApproximate(match, scaled), scope, sentence);
            }
        }
    }

    private static bool TryReadCount(Match match, out long count, out bool scaled)
    {
        if (match.Groups["words"].Success)
        {
            // "ten thousand" is rounded by construction, like "2.1 million".
            var value = Xbrl.NumberWords.Parse(match.Groups["words"].Value);
            count = (long)value;
            scaled = true;
            return value == count && count > 0;
        }

        return NumberPhrases.TryReadCount(match.Groups["num"].Value, out count, out scaled);
    }

    // "20,000 seasonal employees" is a part of the workforce; "full-time, part-time and seasonal team members" is all of it.
    private static bool OnlySeasonalOrTemporary(Match match)
    {
        var mods = string.Concat(match.Groups["mods"].Captures.Select(c => c.Value));
        return (mods.Contains("seasonal", StringComparison.OrdinalIgnoreCase) || mods.Contains("temporary", StringComparison.OrdinalIgnoreCase))
            && !(mods.Contains("full", StringComparison.OrdinalIgnoreCase) || mods.Contains("part", StringComparison.OrdinalIgnoreCase)
                || mods.Contains("regular", StringComparison.OrdinalIgnoreCase) || mods.Contains("permanent", StringComparison.OrdinalIgnoreCase));
    }

    // "2.1 million" is rounded by construction even without "approximately".
    private static bool IsApproximate(Match match, bool scaled) => scaled || match.Groups["hedge"].Success;

    /// <summary>The match plus the words after it up to the next clause, where "on a full-time basis" sits.</summary>
    private static string Wording(string sentence, Match match)
    {
        var end = match.Index + match.Length;
        var tail = sentence.AsSpan(end, Math.Min(40, sentence.Length - end));
        var stop = tail.IndexOfAny(",;0123456789");
        return string.Concat(match.ValueSpan, stop < 0 ? tail : tail[..stop]);
    }
}
