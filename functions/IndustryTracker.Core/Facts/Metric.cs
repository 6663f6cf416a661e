namespace IndustryTracker.Core.Facts;

/// <summary>The financial metrics taken from XBRL. Names are the stored and served identifiers.</summary>
public enum Metric
{
    Revenue,
    OperatingIncome,
    NetIncome,
    RndExpense,
    Capex,
    RestructuringCharges,
}
