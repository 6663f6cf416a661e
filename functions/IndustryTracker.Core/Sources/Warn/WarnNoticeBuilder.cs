using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Turns one row's cells into a <see cref="WarnNotice"/> through a resolved column map. A cell that does not parse
/// (a date in another format, a count like "TBD") leaves that field null rather than failing the file: one bad
/// cell in a state's thousands of hand-typed rows must not hide the rest. A row with no employer is not a notice.
/// </summary>
internal sealed class WarnNoticeBuilder(WarnColumnMap map, WarnHeaderIndex columns)
{
    /// <param name="cell">The raw text of the cell at a column index ("" past the end of a short row).</param>
    /// <param name="sourceRow">1-based data row, for citation.</param>
    public WarnNotice? Build(Func<int, string?> cell, int sourceRow)
    {
        var employer = First(cell, nameof(WarnColumnMap.Employer), WarnText.Clean);
        if (employer is null)
        {
            return null;
        }

        return new WarnNotice(
            map.State,
            employer,
            Site: First(cell, nameof(WarnColumnMap.Site), WarnText.Clean),
            Location: First(cell, nameof(WarnColumnMap.Location), WarnText.Clean),
            Workers: First(cell, nameof(WarnColumnMap.Workers), WarnCounts.Parse),
            Received: First(cell, nameof(WarnColumnMap.Received), t => WarnDates.Parse(t, map)),
            Effective: First(cell, nameof(WarnColumnMap.Effective), t => WarnDates.Parse(t, map)),
            Kind: WarnNoticeTypes.Kind(First(cell, nameof(WarnColumnMap.Kind), WarnText.Clean)),
            Temporary: WarnNoticeTypes.Temporary(First(cell, nameof(WarnColumnMap.Temporary), WarnText.Clean)),
            Amendment: WarnNoticeTypes.Amendment(First(cell, nameof(WarnColumnMap.Amendment), WarnText.Clean)),
            SourceRow: sourceRow);
    }

    // The first of the field's columns whose cell parses; see WarnColumn for why a field may have several.
    private T? First<T>(Func<int, string?> cell, string field, Func<string?, T?> parse)
    {
        foreach (var index in columns[field])
        {
            var value = parse(cell(index));
            if (value is not null)
            {
                return value;
            }
        }

        return default;
    }
}
