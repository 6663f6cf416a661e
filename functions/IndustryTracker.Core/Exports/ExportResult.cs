namespace IndustryTracker.Core.Exports;

public sealed record ExportResult(IReadOnlyList<DatasetExport> Datasets, IReadOnlyList<string> LocalFiles, ExportManifest Manifest)
{
    public DatasetExport this[string name] => Datasets.Single(d => d.Name == name);
}
