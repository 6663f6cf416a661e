namespace IndustryTracker.Core.Exports;

/// <summary>
/// One column of an exported dataset: its published name, type, unit and description, and how to read it from a row.
/// The same definition drives the CSV, the Parquet file, the manifest and the data dictionary.
/// </summary>
public sealed class ExportColumn<T> : IExportColumn
{
    private readonly Func<T, object?> _value;

    private ExportColumn(string name, ColumnType type, string unit, string description, Func<T, object?> value)
    {
        Name = name;
        Type = type;
        Unit = unit;
        Description = description;
        _value = value;
    }

    public string Name { get; }
    public ColumnType Type { get; }
    public string Unit { get; }
    public string Description { get; }

    public static ExportColumn<T> Text(string name, string description, Func<T, string?> value) =>
        new(name, ColumnType.Text, "", description, value);

    public static ExportColumn<T> Integer(string name, string unit, string description, Func<T, long?> value) =>
        new(name, ColumnType.Integer, unit, description, r => value(r));

    public static ExportColumn<T> Decimal(string name, string unit, string description, Func<T, decimal?> value) =>
        new(name, ColumnType.Decimal, unit, description, r => value(r));

    public static ExportColumn<T> Date(string name, string description, Func<T, DateOnly?> value) =>
        new(name, ColumnType.Date, "", description, r => value(r));

    public static ExportColumn<T> Boolean(string name, string description, Func<T, bool?> value) =>
        new(name, ColumnType.Boolean, "", description, r => value(r));

    public string? TextOf(T row) => (string?)_value(row);

    public long? IntegerOf(T row) => (long?)_value(row);

    public decimal? DecimalOf(T row) => (decimal?)_value(row);

    public DateOnly? DateOf(T row) => (DateOnly?)_value(row);

    public bool? BooleanOf(T row) => (bool?)_value(row);
}
