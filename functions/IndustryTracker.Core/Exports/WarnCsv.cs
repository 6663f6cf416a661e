using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Exports;

/// <summary>The WARN dataset: every stored notice, matched or not, with its source file and row.</summary>
public static class WarnCsv
{
    public static IReadOnlyList<CsvColumn<WarnEntity>> Columns { get; } =
    [
        CsvColumn<WarnEntity>.Of("state", n => n.State),
        CsvColumn<WarnEntity>.Of("employer", n => n.Employer),
        CsvColumn<WarnEntity>.Of("site", n => n.Site),
        CsvColumn<WarnEntity>.Of("location", n => n.Location),
        CsvColumn<WarnEntity>.Num("workers", n => n.Workers),
        CsvColumn<WarnEntity>.Of("received", n => n.Received),
        CsvColumn<WarnEntity>.Of("effective", n => n.Effective),
        CsvColumn<WarnEntity>.Of("kind", n => n.Kind),
        CsvColumn<WarnEntity>.Of("temporary", n => n.Temporary is { } t ? (t ? "true" : "false") : null),
        CsvColumn<WarnEntity>.Of("ticker", n => n.Ticker),
        CsvColumn<WarnEntity>.Of("subsidiary", n => n.Ticker is null ? null : n.Subsidiary ? "true" : "false"),
        CsvColumn<WarnEntity>.Of("url", n => n.Url),
        CsvColumn<WarnEntity>.Num("sourceRow", n => n.SourceRow),
    ];

    public static byte[] Write(IEnumerable<WarnEntity> notices) => CsvDataset.Write(notices, Columns);
}
