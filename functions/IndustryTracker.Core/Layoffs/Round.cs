using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Layoffs;

/// <summary>A layoff round while it is being assembled: its statements, its date window, its WARN notices.</summary>
internal sealed class Round(DateWindow window, bool dateFromFiling)
{
    public DateWindow Window { get; private set; } = window;

    /// <summary>True when no statement gave an announcement date and a periodic report's filing date stands in.</summary>
    public bool DateFromFiling { get; private set; } = dateFromFiling;

    public List<StatementEvidence> Reductions { get; } = [];
    public List<StatementEvidence> Charges { get; } = [];
    public List<WarnEvidence> Warn { get; } = [];
    public List<Round> Includes { get; } = [];

    /// <summary>Dated steps without a figure that narrowed this round's date (see LayoffReconciler.Narrow).</summary>
    public List<StatementEvidence> Timings { get; } = [];

    /// <summary>How the date was arrived at when it is not simply the one stated: narrowed, or a fiscal quarter resolved.</summary>
    public string? DateNote { get; private set; }

    /// <summary>Replaces the date with a finer one that evidence supports; <paramref name="note"/> says which.</summary>
    public void Narrow(DateWindow window, string note)
    {
        Window = window;
        DateFromFiling = false;
        DateNote = note;
    }
    public string Id { get; set; } = "";

    public bool WarnOnly => Reductions.Count == 0 && Charges.Count == 0;

    public StatementEvidence? Headline => Reductions
        .OrderByDescending(s => s.FromFiling)
        // The company's own words (a newsroom post) over an editor's secondary source.
        .ThenByDescending(s => s.Editor is null)
        .ThenByDescending(s => s.Statement.Count is not null)
        .ThenBy(s => s.Statement.AnnouncedPrecision ?? DatePrecision.Year)
        .ThenBy(s => s.DocumentDate)
        .FirstOrDefault();

    public long? Count => WarnOnly ? Warn.Sum(w => (long)(w.Notice.Workers ?? 0)) : Headline?.Statement.Count;

    public void Add(StatementEvidence statement, DateWindow? window)
    {
        (statement.Statement.Kind == StatementKind.Charge ? Charges : Reductions).Add(statement);
        if (window is { } w && (DateFromFiling || w.Precision < Window.Precision))
        {
            // A finer stated date (the letter's day over the 10-K's month) becomes the round's date.
            Window = w;
            DateFromFiling = false;
        }
    }
}
