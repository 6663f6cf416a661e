namespace IndustryTracker.Core.Exports;

/// <summary>Every published dataset, in the order the manifest, the API and the data dictionary list them.</summary>
public static class ExportDatasets
{
    public static IReadOnlyList<IExportDataset> All { get; } =
    [
        BenchmarkCsv.Dataset,
        LayoffCsv.Dataset,
        WarnCsv.Dataset,
        HeadcountCsv.Dataset,
        FinancialCsv.Dataset,
    ];
}
