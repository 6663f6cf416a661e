using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Turns raw XBRL facts into one value per (metric, period) using <see cref="FinancialConcepts"/>. Keeps every
/// duration (quarter, year-to-date, year); which one a benchmark uses is the consumer's choice.
/// </summary>
public static class FinancialFactSelector
{
    private const string Usd = "USD";

    /// <summary>
    /// Company facts repeat a value in every later filing that compares against it: per (concept, start, end)
    /// the latest filing wins (by filed date, then accession), since it carries any restatement.
    /// </summary>
    public static IReadOnlyList<MetricValue> Select(IEnumerable<CompanyFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var latest = new Dictionary<(string, DateOnly, DateOnly), CompanyFact>();
        foreach (var fact in facts)
        {
            if (fact.PeriodStart is not { } start || fact.Unit != Usd || !FinancialConcepts.All.Contains(fact.Concept))
            {
                continue;
            }

            var key = (fact.Concept, start, fact.PeriodEnd);
            if (!latest.TryGetValue(key, out var kept) || IsLater(fact, kept))
            {
                latest[key] = fact;
            }
        }

        return PreferredConcepts(latest.Values.Select(f => new MetricValue(
            default, f.Concept, f.PeriodStart, f.PeriodEnd, f.Value, f.Unit, f.Accession, f.Form, f.Filed, f.Frame)));
    }

    /// <summary>
    /// Inline facts of one document: only undimensioned ones (a dimension means a segment, product or plan, never
    /// the company total). One document can state a concept for a period twice with different rounding
    /// ("$134.9 billion" in prose); the most precise value wins, then the first in document order.
    /// </summary>
    public static IReadOnlyList<MetricValue> Select(IEnumerable<XbrlFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var best = new Dictionary<(string, DateOnly, DateOnly), XbrlFact>();
        foreach (var fact in facts)
        {
            if (fact.PeriodStart is not { } start || fact.HasDimensions || fact.Unit != Usd
                || !FinancialConcepts.All.Contains(fact.Concept))
            {
                continue;
            }

            var key = (fact.Concept, start, fact.PeriodEnd);
            if (!best.TryGetValue(key, out var kept) || TrailingZeros(fact.Value) < TrailingZeros(kept.Value))
            {
                best[key] = fact;
            }
        }

        return PreferredConcepts(best.Values.Select(f => new MetricValue(
            default, f.Concept, f.PeriodStart, f.PeriodEnd, f.Value, f.Unit, null, null, null, null)));
    }

    private static bool IsLater(CompanyFact candidate, CompanyFact kept)
    {
        var byFiled = candidate.Filed.CompareTo(kept.Filed);
        return byFiled > 0 || (byFiled == 0 && string.CompareOrdinal(candidate.Accession, kept.Accession) > 0);
    }

    // Fewer trailing zeros in the integer value means it was stated to more digits.
    private static int TrailingZeros(decimal value)
    {
        var integer = decimal.Truncate(Math.Abs(value));
        if (integer != value || integer == 0m)
        {
            return 0;
        }

        var zeros = 0;
        while (integer % 10m == 0m)
        {
            integer /= 10m;
            zeros++;
        }

        return zeros;
    }

    // Per (metric, start, end) the first concept in the table's order that has a value: a period covered only by
    // a later candidate (Alphabet's 2022 revenue, tagged only as revenue from contracts) still gets one.
    private static List<MetricValue> PreferredConcepts(IEnumerable<MetricValue> candidates)
    {
        var chosen = new Dictionary<(Metric, DateOnly?, DateOnly), (int Rank, MetricValue Value)>();
        foreach (var candidate in candidates)
        {
            FinancialConcepts.TryGetMetric(candidate.Concept, out var metric, out var rank);
            var key = (metric, candidate.PeriodStart, candidate.PeriodEnd);
            if (!chosen.TryGetValue(key, out var kept) || rank < kept.Rank)
            {
                chosen[key] = (rank, candidate with { Metric = metric });
            }
        }

        return [.. chosen.Values.Select(c => c.Value)
            .OrderBy(v => v.Metric).ThenBy(v => v.PeriodEnd).ThenBy(v => v.PeriodStart)];
    }
}
