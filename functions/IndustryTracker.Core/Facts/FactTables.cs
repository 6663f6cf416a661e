namespace IndustryTracker.Core.Facts;

/// <summary>
/// The per-document fact tables a kind of document writes to: the normalizer replaces (and prunes stale rows of) only
/// these, so a WARN file costs no query of the headcount table. A kind's set may grow; it must not shrink while rows
/// written under the larger set remain, or those rows would never be pruned (reprocess first).
/// </summary>
[Flags]
public enum FactTables
{
    None = 0,
    Headcount = 1,
    Financials = 2,
    Statements = 4,
}
