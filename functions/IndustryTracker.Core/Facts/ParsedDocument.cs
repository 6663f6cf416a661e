using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Facts;

/// <summary>
/// Everything a parser found in one document, and which fact tables its kind writes to (<see cref="Tables"/>).
/// Empty is a normal result, not a failure. <see cref="Rejections"/> are figures the document states that were refused
/// as implausible (see <see cref="Plausibility"/>): kept out of the facts, recorded on the document.
/// </summary>
public sealed record ParsedDocument(
    IReadOnlyList<HeadcountFact> Headcount,
    IReadOnlyList<FinancialFact> Financials,
    IReadOnlyList<StatementEvidence> Statements,
    IReadOnlyList<MatchedNotice> Warn,
    FactTables Tables)
{
    public static readonly ParsedDocument Empty = new([], [], [], [], FactTables.None);

    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    public int Count => Headcount.Count + Financials.Count + Statements.Count + Warn.Count;
}
