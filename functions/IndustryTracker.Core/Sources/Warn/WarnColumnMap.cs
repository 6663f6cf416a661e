namespace IndustryTracker.Core.Sources.Warn;

/// <summary>
/// Which columns of one state's WARN export hold which notice field, and the date formats that state writes.
/// Fields a state does not publish stay null and read as null (Kind as Unknown). Kind and Temporary may name the
/// same column: several states write "Layoff Permanent" or "Temporary Layoff" in one cell.
/// </summary>
public sealed record WarnColumnMap
{
    /// <summary>Two-letter state code stamped on every notice.</summary>
    public required string State { get; init; }

    public required WarnColumn Employer { get; init; }

    /// <summary>Street address or named facility.</summary>
    public WarnColumn? Site { get; init; }

    /// <summary>City, county or the state's free-text location.</summary>
    public WarnColumn? Location { get; init; }

    public WarnColumn? Workers { get; init; }

    /// <summary>Date the state received the notice (or the notice date where that is all a state publishes).</summary>
    public WarnColumn? Received { get; init; }

    /// <summary>Layoff or closure start date.</summary>
    public WarnColumn? Effective { get; init; }

    public WarnColumn? Kind { get; init; }

    public WarnColumn? Temporary { get; init; }

    /// <summary>A column whose text says "amended"/"amendment" on amended notices.</summary>
    public WarnColumn? Amendment { get; init; }

    /// <summary>Exact formats (invariant culture) of this state's dates, tried in order.</summary>
    public required IReadOnlyList<string> DateFormats { get; init; }

    /// <summary>Whether a bare number in a date column is an Excel serial date (spreadsheets), not garbage (CSV).</summary>
    public bool ExcelSerialDates { get; init; }

    /// <summary>The mapped fields by name, for resolving headers and naming the missing one.</summary>
    public IEnumerable<(string Field, WarnColumn Column)> Fields()
    {
        yield return (nameof(Employer), Employer);
        foreach (var (name, column) in new[]
        {
            (nameof(Site), Site), (nameof(Location), Location), (nameof(Workers), Workers), (nameof(Received), Received),
            (nameof(Effective), Effective), (nameof(Kind), Kind), (nameof(Temporary), Temporary), (nameof(Amendment), Amendment),
        })
        {
            if (column is not null)
            {
                yield return (name, column);
            }
        }
    }
}
