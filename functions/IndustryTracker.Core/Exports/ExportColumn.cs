namespace IndustryTracker.Core.Exports;

/// <summary>
/// One column of an exported dataset: its published name, type, unit and description, and how to read it from a row.
/// The same definition drives the CSV, the Parquet file, the manifest and the data dictionary. Each type keeps its
/// own typed accessor: an export reads every cell of every row, and a shared <c>object</c> accessor would box each
/// number and date.
/// </summary>
public sealed class ExportColumn<T> : IExportColumn
{
    private readonly Func<T, string?>? _text;
    private readonly TextBuilder<T>? _buildText;
    private readonly Func<T, long?>? _integer;
    private readonly Func<T, decimal?>? _decimal;
    private readonly Func<T, DateOnly?>? _date;
    private readonly Func<T, bool?>? _boolean;

    private ExportColumn(
        string name,
        ColumnType type,
        string unit,
        string description,
        Func<T, string?>? text = null,
        TextBuilder<T>? buildText = null,
        Func<T, long?>? integer = null,
        Func<T, decimal?>? @decimal = null,
        Func<T, DateOnly?>? date = null,
        Func<T, bool?>? boolean = null)
    {
        Name = name;
        Type = type;
        Unit = unit;
        Description = description;
        _text = text;
        _buildText = buildText;
        _integer = integer;
        _decimal = @decimal;
        _date = date;
        _boolean = boolean;
    }

    public string Name { get; }
    public ColumnType Type { get; }
    public string Unit { get; }
    public string Description { get; }

    /// <summary>True for a text column that writes its cell into a buffer (see <see cref="BuildText"/>).</summary>
    public bool IsBuilt => _buildText is not null;

    public static ExportColumn<T> Text(string name, string description, Func<T, string?> value) =>
        new(name, ColumnType.Text, "", description, text: value);

    /// <summary>
    /// A text column composed from parts (a list of citations): it appends its cell to a buffer the CSV writer reuses
    /// across rows, so no string is made per cell. The builder returns false for a null cell.
    /// </summary>
    public static ExportColumn<T> Text(string name, string description, TextBuilder<T> build) =>
        new(name, ColumnType.Text, "", description, buildText: build);

    public static ExportColumn<T> Integer(string name, string unit, string description, Func<T, long?> value) =>
        new(name, ColumnType.Integer, unit, description, integer: value);

    public static ExportColumn<T> Decimal(string name, string unit, string description, Func<T, decimal?> value) =>
        new(name, ColumnType.Decimal, unit, description, @decimal: value);

    public static ExportColumn<T> Date(string name, string description, Func<T, DateOnly?> value) =>
        new(name, ColumnType.Date, "", description, date: value);

    public static ExportColumn<T> Boolean(string name, string description, Func<T, bool?> value) =>
        new(name, ColumnType.Boolean, "", description, boolean: value);

    public string? TextOf(T row)
    {
        if (_buildText is null)
        {
            return Accessor(_text)(row);
        }

        var text = new CellText();
        return _buildText(row, text) ? text.ToString() : null;
    }

    /// <summary>Appends the cell to <paramref name="text"/>; false when it is null.</summary>
    public bool BuildText(T row, CellText text) => Accessor(_buildText)(row, text);

    public long? IntegerOf(T row) => Accessor(_integer)(row);

    public decimal? DecimalOf(T row) => Accessor(_decimal)(row);

    public DateOnly? DateOf(T row) => Accessor(_date)(row);

    public bool? BooleanOf(T row) => Accessor(_boolean)(row);

    private TAccessor Accessor<TAccessor>(TAccessor? accessor)
        where TAccessor : Delegate =>
        accessor ?? throw new InvalidOperationException($"Column '{Name}' is a {ColumnTypes.Name(Type)} column; read it with the accessor of that type.");
}
