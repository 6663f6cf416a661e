namespace IndustryTracker.Core.Exports;

/// <summary>The names a column type is published under (manifest, dictionary) and its Parquet storage.</summary>
public static class ColumnTypes
{
    public static string Name(ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "decimal",
        ColumnType.Date => "date",
        ColumnType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Decimals are stored as DOUBLE so pandas gets a float64 column, not Python Decimal objects. Nothing is lost:
    /// amounts are whole currency units (exact in a double up to 2^53, and the tables already keep them as doubles)
    /// and ratios are rounded to two places.
    /// </summary>
    public static string Parquet(ColumnType type) => type switch
    {
        ColumnType.Text => "string (UTF8)",
        ColumnType.Integer => "int64",
        ColumnType.Decimal => "double",
        ColumnType.Date => "date32 (DATE)",
        ColumnType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
