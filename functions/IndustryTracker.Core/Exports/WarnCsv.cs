using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Exports;

/// <summary>The WARN dataset: every stored notice, matched or not, with its source file and row.</summary>
public static class WarnCsv
{
    public static ExportDataset<WarnEntity> Dataset { get; } = new(
        "warn",
        "One row per WARN notice read from the state files, whether or not it matched a tracked company; the same notice listed in two files is one row.",
        "The newest received date among the notices.",
        Columns(),
        // The store's order; the row key (state, date and a hash of the notice) breaks ties, so it is total.
        rows => rows.OrderBy(r => r.Received, StringComparer.Ordinal).ThenBy(r => r.State, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal));

    public static byte[] Write(IEnumerable<WarnEntity> notices) => Dataset.WriteCsv(notices);

    private static List<ExportColumn<WarnEntity>> Columns() =>
    [
        ExportColumn<WarnEntity>.Text("state", "Two-letter code of the state that published the notice.", n => n.State),
        ExportColumn<WarnEntity>.Text("employer", "Employer as named in the notice.", n => n.Employer),
        ExportColumn<WarnEntity>.Text("site", "Site or facility the notice names.", n => n.Site),
        ExportColumn<WarnEntity>.Text("location", "Location (city, county or address) the notice names.", n => n.Location),
        ExportColumn<WarnEntity>.Integer("workers", "people", "Workers affected, as the notice states.", n => n.Workers),
        ExportColumn<WarnEntity>.Date("received", "Date the state received the notice.", n => ExportDates.Parse(n.Received)),
        ExportColumn<WarnEntity>.Date("effective", "Date the layoff or closure takes effect.", n => ExportDates.Parse(n.Effective)),
        ExportColumn<WarnEntity>.Text("kind", "Layoff, Closure or Unknown, as the notice classifies it.", n => n.Kind),
        ExportColumn<WarnEntity>.Boolean("temporary", "Whether the notice says the layoff is temporary; empty when it does not say.", n => n.Temporary),
        ExportColumn<WarnEntity>.Text("ticker", "Tracked company the employer was matched to; empty when it matched none.", n => n.Ticker),
        ExportColumn<WarnEntity>.Boolean("subsidiary", "Whether the match is through a subsidiary's name; empty when unmatched.", n => n.Ticker is null ? null : n.Subsidiary),
        ExportColumn<WarnEntity>.Text("url", "The state file the notice was read from.", n => n.Url),
        ExportColumn<WarnEntity>.Integer("sourceRow", "row", "Data row of the notice in that file, counted from 1 below the header, for citation.", n => n.SourceRow),
    ];
}
