using System.Globalization;
using System.Text;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// Renders <c>docs/data-dictionary.md</c> from the same dataset definitions that write the files and the manifest,
/// so the dictionary cannot drift from the exports (a test compares the committed file with this output).
/// </summary>
public static class DataDictionary
{
    public const string RelativePath = "docs/data-dictionary.md";

    public static string Render() => Render(ExportDatasets.All);

    public static string Render(IReadOnlyList<IExportDataset> datasets)
    {
        var md = new StringBuilder();
        Line(md, "# Data dictionary");
        Line(md);
        Line(md, "<!-- Generated from the export schema (functions/IndustryTracker.Core/Exports). Do not edit by hand: run the tests with INDUSTRYTRACKER_REGENERATE=1 to rewrite it. -->");
        Line(md);
        Line(md, "Every dataset is written to the `exports` container as `<dataset>/latest.csv` and `<dataset>/<yyyy-MM-dd>.csv` (the date of the export, UTC), with a Parquet file of the same columns beside each (`.parquet`). `exports/manifest.json` lists each dataset's row count, generation time, newest source date and columns; `GET /api/exports` serves it with download links.");
        Line(md);
        Line(md, "CSV: RFC 4180, UTF-8 with a byte-order mark, CRLF line ends, one header row. Numbers are plain (`-2722000000`, `34.66`), dates `yyyy-MM-dd`, booleans `true`/`false`, missing values empty. A text cell starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a spreadsheet shows it instead of running it. Rows are in a fixed order, so the same data always exports the same bytes.");
        Line(md);
        Line(md, "Parquet types: " + string.Join(", ", Enum.GetValues<ColumnType>().Select(t => $"{ColumnTypes.Name(t)} → {ColumnTypes.Parquet(t)}")) + "; every column nullable. The file's key-value metadata `" + ParquetDataset.MetadataKey + "` repeats the descriptions below as JSON.");
        Line(md);
        Line(md, "Datasets: " + string.Join(", ", datasets.Select(d => $"[{d.Name}](#{d.Name})")) + ".");
        foreach (var dataset in datasets)
        {
            Line(md);
            Line(md, $"## {dataset.Name}");
            Line(md);
            Line(md, dataset.Description);
            Line(md);
            Line(md, $"Newest source date: {dataset.NewestSourceDateRule}");
            Line(md);
            Line(md, "| column | type | unit | description |");
            Line(md, "| --- | --- | --- | --- |");
            foreach (var column in dataset.Columns)
            {
                Line(md, $"| `{column.Name}` | {ColumnTypes.Name(column.Type)} | {Cell(column.Unit)} | {Cell(column.Description)} |");
            }
        }

        return md.ToString();
    }

    // Newlines are \n whatever the platform, so the committed file compares equal everywhere.
    private static void Line(StringBuilder md, string text = "") => md.Append(CultureInfo.InvariantCulture, $"{text}\n");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
