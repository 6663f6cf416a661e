using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// The benchmarks dataset: one row per company × fiscal year; each metric has a value, a note (why it is missing,
/// or how it was made) and its sources. The column order is the documented schema; append, never reorder.
/// </summary>
public static class BenchmarkCsv
{
    public static ExportDataset<BenchmarkRow> Dataset { get; } = new(
        "benchmarks",
        "One row per company and fiscal year (the company's own fiscal year). Every metric has three columns: the value, a note (why it is missing, or a caveat) and the sources it was computed from. A missing value is empty with a note, never 0.",
        "The newest of the headcount, financials and layoffs datasets' newest source dates: benchmarks are computed from those facts.",
        Columns(),
        rows => rows.OrderBy(r => r.Ticker, StringComparer.Ordinal).ThenBy(r => r.FiscalYear));

    public static IReadOnlyList<string> Header => Dataset.Header;

    public static byte[] Write(IEnumerable<BenchmarkRow> rows) => Dataset.WriteCsv(rows);

    public static void Write(IEnumerable<BenchmarkRow> rows, Stream output) => Dataset.WriteCsv(rows, output);

    private static List<ExportColumn<BenchmarkRow>> Columns() =>
    [
        ExportColumn<BenchmarkRow>.Text("ticker", "Company ticker as tracked (seeds/companies.json).", r => r.Ticker),
        ExportColumn<BenchmarkRow>.Integer("fiscalYear", "year", "Fiscal year, named by the calendar year it ends in (Microsoft's FY2023 ends 2023-06-30).", r => r.FiscalYear),
        ExportColumn<BenchmarkRow>.Date("periodStart", "First day of the fiscal year.", r => r.PeriodStart),
        ExportColumn<BenchmarkRow>.Date("periodEnd", "Last day of the fiscal year.", r => r.PeriodEnd),
        ExportColumn<BenchmarkRow>.Date("employeesAsOf", "Date the year-end headcount is stated as of; empty when no headcount is known.", r => r.EmployeesAsOf),
        ExportColumn<BenchmarkRow>.Text("employeesScope", "What the headcount counts, as the filing words it: Employees, FullTime, FullTimeAndPartTime or FullTimeEquivalent.", r => r.EmployeesScope),
        ExportColumn<BenchmarkRow>.Text("perEmployeeBasis", "Which headcount the per-employee metrics divide by (average of start and end, or end only).", r => r.PerEmployeeBasis),
        .. BenchmarkMetrics.All.SelectMany((metric, index) => MetricColumns(metric, index)),
    ];

    private static IEnumerable<ExportColumn<BenchmarkRow>> MetricColumns(string metric, int index)
    {
        var (type, unit, description) = BenchmarkMetricColumns.Of(metric);
        yield return type == ColumnType.Integer
            ? ExportColumn<BenchmarkRow>.Integer(metric, unit, description, r => (long?)Cell(r, index)?.Value)
            : ExportColumn<BenchmarkRow>.Decimal(metric, unit, description, r => Cell(r, index)?.Value);
        yield return ExportColumn<BenchmarkRow>.Text(metric + "Note", $"Why {metric} is missing, or a caveat on how it was made (approximate, mixed headcount scopes, rounds without a count).", r => Cell(r, index)?.Note);
        yield return ExportColumn<BenchmarkRow>.Text(metric + "Sources", $"Sources of {metric}, separated by \" | \": form, accession, URL and the quoted sentence or XBRL element.", (r, text) => Cell(r, index) is { } cell && AppendSources(cell.Sources, text));
    }

    [ThreadStatic]
    private static BenchmarkRow? _cellsRow;

    [ThreadStatic]
    private static MetricCell?[]? _cells;

    /// <summary>
    /// The row's cell for the metric at <paramref name="index"/> of <see cref="BenchmarkMetrics.All"/>. A row's cells
    /// are looked up all at once, on its first cell (per thread; rows are immutable records): each metric has three
    /// columns, and fetching every cell of the row together lets their memory loads overlap instead of queueing up one
    /// behind each cell's formatting.
    /// </summary>
    private static MetricCell? Cell(BenchmarkRow row, int index)
    {
        var cells = _cells ??= new MetricCell?[BenchmarkMetrics.All.Count];
        if (!ReferenceEquals(_cellsRow, row))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row.Metrics.GetValueOrDefault(BenchmarkMetrics.All[i]);
            }

            _cellsRow = row;
        }

        return cells[index];
    }

    /// <summary>
    /// "form accession url "quote"" per distinct source, joined by " | ", leading blanks of each dropped (a citation
    /// without a form or accession). Appended part by part with no string or LINQ per citation: this runs for 15
    /// cells of every row, and the export's cost was mostly here.
    /// </summary>
    private static bool AppendSources(IReadOnlyList<Citation> sources, CellText text)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (Seen(sources, i, source))
            {
                continue;
            }

            var separator = !text.IsEmpty;
            var started = false;
            foreach (var part in (ReadOnlySpan<string?>)[source.Form, " ", source.Accession, " ", source.Url, " \"", source.Quote, "\""])
            {
                var span = started ? part.AsSpan() : part.AsSpan().TrimStart();
                if (span.IsEmpty)
                {
                    continue;
                }

                if (!started && separator)
                {
                    text.Append(" | ");
                }

                text.Append(span);
                started = true;
            }
        }

        return true;
    }

    private static bool Seen(IReadOnlyList<Citation> sources, int index, Citation source)
    {
        for (var j = 0; j < index; j++)
        {
            if (sources[j] == source)
            {
                return true;
            }
        }

        return false;
    }
}
