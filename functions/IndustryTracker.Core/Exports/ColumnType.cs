namespace IndustryTracker.Core.Exports;

/// <summary>
/// What a column holds. One type decides how the CSV writes it (numbers unescaped, dates yyyy-MM-dd, booleans
/// true/false), which Parquet type it gets, and what the manifest and the data dictionary say.
/// </summary>
public enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Date,
    Boolean,
}
