namespace IndustryTracker.Core.Comparisons;

public sealed record CompareTableRow(
    string Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyDictionary<string, RankedCell> Values,
    IReadOnlyDictionary<string, string> Alignment);
