using System.Globalization;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Benchmarks;

/// <summary>
/// One company's stored figures for any period: a figure reported for exactly that period (within a week at each
/// end), else one derived from two year-to-date figures, else the sum of its quarters — each derivation said in the
/// cell's note. Where several documents state a figure, the latest filing wins (it carries any restatement).
/// </summary>
public sealed class PeriodFacts(IReadOnlyList<HeadcountEntity> headcount, IReadOnlyList<FinancialEntity> financials)
{
    private readonly ILookup<string, FinancialEntity> _byMetric = financials.Where(f => f.PeriodStart is not null).ToLookup(f => f.Metric);

    public HeadcountEntity? HeadcountAt(DateOnly date) => headcount
        .Where(h => FiscalCalendar.IsNear(Date(h.AsOf), date))
        .OrderByDescending(h => h.FilingDate ?? "", StringComparer.Ordinal)
        .FirstOrDefault();

    public MetricCell Money(Metric metric, DateOnly start, DateOnly end)
    {
        if (Reported(metric, start, end) is { } exact)
        {
            return Cell(exact, null);
        }

        if (YearToDateDifference(metric, start, end) is { } derived)
        {
            return derived;
        }

        if (end.DayNumber - start.DayNumber > 100 && QuarterSum(metric, start, end) is { } summed)
        {
            return summed;
        }

        return MetricCell.Missing("USD", string.Create(CultureInfo.InvariantCulture, $"no {metric} fact for {start:yyyy-MM-dd}..{end:yyyy-MM-dd} in the filings' XBRL, nor quarters or year-to-date figures that make it up"));
    }

    private FinancialEntity? Reported(Metric metric, DateOnly start, DateOnly end) => _byMetric[metric.ToString()]
        .Where(f => FiscalCalendar.IsNear(Date(f.PeriodStart!), start) && FiscalCalendar.IsNear(Date(f.PeriodEnd), end))
        .OrderByDescending(f => f.Filed ?? "", StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>A quarter that is only reported inside year-to-date figures (cash flows; a fiscal Q4): to-end minus to-start.</summary>
    private MetricCell? YearToDateDifference(Metric metric, DateOnly start, DateOnly end)
    {
        foreach (var longer in _byMetric[metric.ToString()].Where(f => FiscalCalendar.IsNear(Date(f.PeriodEnd), end) && Date(f.PeriodStart!) < start.AddDays(-FiscalCalendar.ToleranceDays)).OrderByDescending(f => f.Filed ?? "", StringComparer.Ordinal))
        {
            if (Reported(metric, Date(longer.PeriodStart!), start.AddDays(-1)) is { } earlier)
            {
                var note = string.Create(CultureInfo.InvariantCulture, $"derived: {longer.PeriodStart}..{longer.PeriodEnd} minus {earlier.PeriodStart}..{earlier.PeriodEnd}");
                return new MetricCell((decimal)longer.Value - (decimal)earlier.Value, longer.Unit, note, [Cite(longer), Cite(earlier)]);
            }
        }

        return null;
    }

    private MetricCell? QuarterSum(Metric metric, DateOnly start, DateOnly end)
    {
        var cells = new List<MetricCell>();
        for (var quarterStart = start; quarterStart <= end.AddDays(-FiscalCalendar.ToleranceDays); quarterStart = quarterStart.AddMonths(3))
        {
            var quarterEnd = quarterStart.AddMonths(3).AddDays(-1);
            var cell = Reported(metric, quarterStart, quarterEnd) is { } q ? Cell(q, null) : YearToDateDifference(metric, quarterStart, quarterEnd);
            if (cell?.Value is null)
            {
                return null;
            }

            cells.Add(cell);
        }

        return new MetricCell(cells.Sum(c => c.Value!.Value), "USD", $"sum of {cells.Count} quarters", cells.SelectMany(c => c.Sources).ToList());
    }

    public static Citation Cite(HeadcountEntity h) => new(h.SourceKind, h.Url, h.Accession, h.Form, h.Sentence);

    public static Citation Cite(FinancialEntity f) =>
        new(f.SourceKind, f.Url, f.Accession, f.Form, $"XBRL {f.Concept} {f.PeriodStart}..{f.PeriodEnd}");

    private static MetricCell Cell(FinancialEntity f, string? note) => new((decimal)f.Value, f.Unit, note, [Cite(f)]);

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
