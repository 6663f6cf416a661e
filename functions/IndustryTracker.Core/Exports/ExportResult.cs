namespace IndustryTracker.Core.Exports;

public sealed record ExportResult(IReadOnlyList<DatasetExport> Datasets, IReadOnlyList<string> LocalFiles)
{
    public DatasetExport this[string name] => Datasets.Single(d => d.Name == name);
}
