using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Comparisons;

/// <summary>Ranks the companies' values of one metric in one period and sets each against their median.</summary>
public static class Ranking
{
    public static IReadOnlyDictionary<string, RankedCell> Rank(IReadOnlyDictionary<string, MetricCell> cells)
    {
        var values = cells.Where(c => c.Value.Value is not null).Select(c => c.Value.Value!.Value).Order().ToList();
        decimal? median = values.Count == 0 ? null
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2m;
        return cells.ToDictionary(
            c => c.Key,
            c => c.Value.Value is { } v
                // Rank 1 is the highest value; ties share a rank.
                ? new RankedCell(v, c.Value.Unit, c.Value.Note, c.Value.Sources, 1 + values.Count(x => x > v), v - median!.Value)
                : new RankedCell(null, c.Value.Unit, c.Value.Note, c.Value.Sources, null, null),
            StringComparer.Ordinal);
    }
}
