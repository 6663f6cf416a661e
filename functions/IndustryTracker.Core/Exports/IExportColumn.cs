namespace IndustryTracker.Core.Exports;

/// <summary>A column as published: what the manifest and the data dictionary describe.</summary>
public interface IExportColumn
{
    string Name { get; }
    ColumnType Type { get; }

    /// <summary>USD, employees, percent, … or empty when the column has no unit (text, dates, identifiers).</summary>
    string Unit { get; }

    string Description { get; }
}
