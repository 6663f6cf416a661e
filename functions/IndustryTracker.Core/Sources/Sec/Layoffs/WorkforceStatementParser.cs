using System.Buffers;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Layoffs;

/// <summary>
/// Finds workforce-reduction and severance-charge statements in plain text, one block per line (see
/// <see cref="HtmlText"/>). Shared by filings and newsroom articles, so it knows nothing about either.
/// </summary>
public static class WorkforceStatementParser
{
    /// <summary>
    /// Every statement the text makes, in reading order. A reduction needs a figure (a count or a percent
    /// of the workforce): "employee layoffs and restructurings" in risk-factor prose announces nothing a
    /// reconciler could count, and taking such sentences would fill the series with false events.
    /// A severance charge needs a dollar amount bound to a severance noun. The announcement date is one the
    /// sentence states, or, when the sentence refers back ("These measures included …", "As a result, …"),
    /// one the preceding sentence of the same paragraph states; otherwise it is null. A statement repeated
    /// with the same figures is kept once, with its first sentence as evidence, unless a repeat states a
    /// date the first did not (then the dated one is kept) or a different date (then it is another round).
    /// </summary>
    // A superset of the nouns in ReductionPatterns (Noun, Workforce, PercentOfWorkforce) and ChargePatterns.Severance,
    // as case-insensitive fragments: a sentence with none of them cannot match any of those patterns.
    private static readonly SearchValues<string> RequiredWords = SearchValues.Create(
        ["employ", "people", "person", "role", "position", "job", "work", "staff", "team", "colleague", "associate",
         "personnel", "fte", "equivalent", "headcount", "size", "organization", "severance", "termination", "layoff", "force"],
        StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<WorkforceStatement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<WorkforceStatement>();
        SentenceRange? previous = null;
        var ranges = Sentences.Ranges(text).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            // A sentence refers back only to the one before it in the same paragraph (line).
            if (range.StartsLine)
            {
                previous = null;
            }

            var found = false;
            if (MayStateFigure(range.In(text)))
            {
                foreach (var statement in ParseSentence(SentenceText.Normalize(range.Of(text)), previous?.Of(text)))
                {
                    Keep(results, statement);
                    found = true;
                }
            }

            if (!found && TimingCues.MayDate(range.In(text)))
            {
                // "Beginning in November 2022, we took a number of steps …. For example, … employee layoffs …":
                // the step's nature may be told by the next sentence of the same paragraph.
                var next = i + 1 < ranges.Count && !ranges[i + 1].StartsLine ? SentenceText.Normalize(ranges[i + 1].Of(text)) : null;
                if (TimingCues.Read(SentenceText.Normalize(range.Of(text)), next) is { } timing)
                {
                    Keep(results, timing);
                }
            }

            previous = range;
        }

        // A dated step adds nothing when a statement with a figure already gives the same date.
        results.RemoveAll(t => t.Kind == StatementKind.Timing && results.Exists(r => r.Kind != StatementKind.Timing
            && r.AnnouncedOn == t.AnnouncedOn && r.AnnouncedPrecision == t.AnnouncedPrecision));
        return results;
    }

    /// <summary>
    /// Whether the sentence can hold a figure the readers look for: a digit (or "percent", which may follow a
    /// number in words: "five percent"), and a word that every reduction or
    /// severance pattern requires (its workforce noun or severance noun). Most lines of a filing are table rows and
    /// prose about money; this skips the seven pattern scans for them, which was most of the extraction time.
    /// </summary>
    private static bool MayStateFigure(ReadOnlySpan<char> raw) =>
        (raw.IndexOfAnyInRange('0', '9') >= 0 || raw.Contains("percent", StringComparison.OrdinalIgnoreCase) || raw.Contains("per cent", StringComparison.OrdinalIgnoreCase))
        && raw.IndexOfAny(RequiredWords) >= 0;

    private static void Keep(List<WorkforceStatement> results, WorkforceStatement statement)
    {
        var same = results.FindIndex(r => r.Kind == statement.Kind && r.Count == statement.Count
            && r.PercentOfWorkforce == statement.PercentOfWorkforce && r.ChargesUsd == statement.ChargesUsd
            && (Undated(r) || Undated(statement) || (r.AnnouncedOn == statement.AnnouncedOn && r.AnnouncedFiscal == statement.AnnouncedFiscal)));
        if (same < 0)
        {
            results.Add(statement);
        }
        else if (Undated(results[same]) && !Undated(statement))
        {
            results[same] = statement;
        }
    }

    private static bool Undated(WorkforceStatement s) => s.AnnouncedOn is null && s.AnnouncedFiscal is null;

    private static IEnumerable<WorkforceStatement> ParseSentence(string sentence, string? previous)
    {
        var reductions = ReductionReader.Read(sentence);
        var charges = ChargeReader.Read(sentence);
        if (reductions.Count == 0 && charges.Count == 0)
        {
            yield break;
        }

        var announced = AnnouncementDates.Find(sentence)
            ?? (previous is not null && AnnouncementDates.RefersBack(sentence) ? AnnouncementDates.Find(SentenceText.Normalize(previous)) : null);
        var timeFrame = TimeFrames.Find(sentence);
        var cumulative = CumulativeCues.IsMatch(sentence);

        // "eliminate 4,000 positions and incur $300 million of severance" is one plan: its cost rides on the first reduction.
        var chargeQueue = new Queue<decimal>(charges);
        for (var i = 0; i < reductions.Count; i++)
        {
            var r = reductions[i];
            decimal? charge = i == 0 && chargeQueue.TryDequeue(out var usd) ? usd : null;
            yield return new WorkforceStatement(
                StatementKind.Reduction, r.Count, r.Qualifier, r.Percent, announced?.Date, announced?.Precision,
                timeFrame, charge, cumulative, sentence, announced?.Fiscal);
        }

        foreach (var usd in chargeQueue)
        {
            yield return new WorkforceStatement(
                StatementKind.Charge, null, null, null, announced?.Date, announced?.Precision,
                timeFrame, usd, cumulative, sentence, announced?.Fiscal);
        }
    }
}
