using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IndustryTracker.Core.Documents;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Headcount;

/// <summary>
/// Reads headcounts that a filing states only in a table: a row labelled "Total employees" (or "Total headcount",
/// "Total associates", …) whose counts sit under columns headed by dates. Each count cites its row and column.
/// </summary>
public static partial class HeadcountTables
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Every "Total employees" row's counts with their column dates. A column headed by a full date is that date; one
    /// headed by a year is the period end when the year is the annual report's own (the date then says it was resolved);
    /// any other column, and a row whose header names no dates or not one per count, is left out: a table count is
    /// never placed on a guessed date.
    /// </summary>
    public static IReadOnlyList<HeadcountStatement> Read(IDocument document, ReportPeriod? period)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = new List<HeadcountStatement>();
        foreach (var table in document.QuerySelectorAll("table"))
        {
            var rows = table.QuerySelectorAll("tr").ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var cells = Cells(rows[i]);
                if (cells.Count < 2 || !TotalLabel().IsMatch(cells[0]))
                {
                    continue;
                }

                var counts = cells.Skip(1).Select(ReadCount).ToList();
                if (counts.Any(c => c is null) || Header(rows, i) is not { } header || header.Count != counts.Count)
                {
                    continue;
                }

                var row = string.Join(" | ", cells);
                var scope = ScopeClassifier.Classify(cells[0]);
                for (var c = 0; c < counts.Count; c++)
                {
                    if (ColumnDate(header[c], period) is { } asOf)
                    {
                        var evidence = $"Table row \"{row}\", column \"{header[c]}\"";
                        results.Add(new HeadcountStatement(asOf.Date, counts[c]!.Value, false, scope, evidence, asOf.Resolved));
                    }
                }
            }
        }

        return results;
    }

    /// <summary>The non-empty cell texts of a row: SEC tables put "$", padding and footnote marks in cells of their own.</summary>
    private static List<string> Cells(IElement row) => row.Children
        .Where(c => c.LocalName is "td" or "th")
        .Select(c => SentenceText.Normalize(c.TextContent))
        .Where(t => t.Length > 0 && !Footnote().IsMatch(t))
        .ToList();

    /// <summary>The nearest row above that holds only dates or years: the column headings of the counts.</summary>
    private static List<string>? Header(List<IElement> rows, int totalRow)
    {
        for (var i = totalRow - 1; i >= 0; i--)
        {
            var cells = Cells(rows[i]);
            var dates = cells.Where(c => FullDate().IsMatch(c) || YearOnly().IsMatch(c)).ToList();
            if (dates.Count > 0)
            {
                return dates;
            }
        }

        return null;
    }

    private static (DateOnly Date, string? Resolved)? ColumnDate(string heading, ReportPeriod? period)
    {
        var full = FullDate().Match(heading);
        if (full.Success && DatePhrases.TryRead(full, out var date))
        {
            return (date, null);
        }

        var year = YearOnly().Match(heading);
        if (year.Success && period is { Annual: true } p
            && int.Parse(year.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture) == p.End.Year)
        {
            return (p.End, p.Resolution);
        }

        return null;
    }

    private static long? ReadCount(string cell) =>
        Count().IsMatch(cell) ? long.Parse(cell, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;

    // "Total employees", "Total number of employees", "Total full-time employees", "Total headcount", "Total workforce".
    [GeneratedRegex(
        @"^total\s+(?:number\s+of\s+)?(?:(?:full|part)[-\s]time\s+(?:equivalent\s+)?)?(?:employees|employee\s+headcount|headcount|associates|team\s+members|colleagues|personnel|workforce|FTEs?)\s*:?$",
        Options)]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$|^\d{1,7}$", Options)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?:\(\w\)|\*+|\(\d\))$", Options)]
    private static partial Regex Footnote();

    [GeneratedRegex(DatePhrases.Date, Options)]
    private static partial Regex FullDate();

    // "2023", "Fiscal 2023", "FY2023", "Fiscal Year 2023".
    [GeneratedRegex(@"^(?:(?:fiscal\s+(?:year\s+)?)|FY\s?)?(?<year>(?:19|20)\d{2})$", Options)]
    private static partial Regex YearOnly();
}
