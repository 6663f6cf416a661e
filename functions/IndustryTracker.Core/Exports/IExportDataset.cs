namespace IndustryTracker.Core.Exports;

/// <summary>A dataset as published: what the manifest and the data dictionary say about it.</summary>
public interface IExportDataset
{
    string Name { get; }

    /// <summary>What one row is, and which rows the export holds.</summary>
    string Description { get; }

    /// <summary>How this dataset's newest source date is defined (the documents whose dates count).</summary>
    string NewestSourceDateRule { get; }

    IReadOnlyList<IExportColumn> Columns { get; }
}
