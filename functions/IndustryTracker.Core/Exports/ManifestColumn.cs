namespace IndustryTracker.Core.Exports;

/// <summary>A column as the manifest lists it; type is one of text, integer, decimal, date, boolean.</summary>
public sealed record ManifestColumn(string Name, string Type, string Unit, string Description)
{
    public static ManifestColumn From(IExportColumn column) => new(column.Name, ColumnTypes.Name(column.Type), column.Unit, column.Description);
}
