using System.Globalization;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Facts;

/// <summary>
/// The one place that says which stated figures are believable. A figure that fails is never stored, summed or
/// served: it is returned as a <see cref="Rejection"/> with its reason, and the normalizer records that on the
/// document. Each rule is a bound a real figure cannot pass, so a rejection is a hostile or garbled source, not a
/// judgement call:
/// <list type="bullet">
/// <item>no employer has more than <see cref="MaxEmployees"/> staff (Walmart, the largest, has about 2.1 million);</item>
/// <item>a reduction cannot exceed the company's stated headcount — or <see cref="MaxEmployees"/> when none is known;</item>
/// <item>a percentage of the workforce cannot exceed 100;</item>
/// <item>a headcount's as-of date, and a reduction's announcement date, cannot be after today.</item>
/// </list>
/// At the bound is plausible; one past it is not.
/// </summary>
public static class Plausibility
{
    public const long MaxEmployees = 10_000_000;

    public const decimal MaxPercent = 100m;

    /// <summary>Why a headcount of <paramref name="employees"/> cannot be true, or null.</summary>
    public static string? Headcount(long employees) =>
        employees > MaxEmployees ? Text($"{employees:N0} employees is more than any employer has (limit {MaxEmployees:N0})") : null;

    /// <summary>
    /// Why a reduction of <paramref name="count"/> people cannot be true of a company whose largest stated headcount
    /// is <paramref name="statedHeadcount"/> (null when none is known), or null.
    /// </summary>
    public static string? ReductionCount(long count, long? statedHeadcount) => statedHeadcount is { } stated
        ? count > stated ? Text($"a reduction of {count:N0} is more than the company's stated headcount of {stated:N0}") : null
        : count > MaxEmployees ? Text($"a reduction of {count:N0} is more than any employer has (limit {MaxEmployees:N0}; no headcount known)") : null;

    public static string? Percent(decimal percent) =>
        percent > MaxPercent ? Text($"{percent}% of the workforce is over 100%") : null;

    public static string? NotAfter(DateOnly date, DateOnly today, string what) =>
        date > today ? Text($"the {what} {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})") : null;

    public static string? Check(HeadcountStatement statement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Headcount(statement.Employees) ?? NotAfter(statement.AsOf, today, "as-of date");
    }

    /// <summary>The date checked is the one the event would be placed on: the stated announcement, else the document's date.</summary>
    public static string? Check(StatementEvidence evidence, long? statedHeadcount, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var s = evidence.Statement;
        return (s.Count is { } count ? ReductionCount(count, statedHeadcount) : null)
            ?? (s.PercentOfWorkforce is { } percent ? Percent(percent) : null)
            ?? NotAfter(s.AnnouncedOn ?? evidence.DocumentDate, today, s.AnnouncedOn is null ? "document date" : "announcement date");
    }

    /// <summary>
    /// <paramref name="parsed"/> with every implausible headcount and statement moved to its rejections.
    /// <paramref name="storedHeadcount"/> is the largest headcount already stored for the company (null when none);
    /// the document's own plausible headcounts count too, so a 10-K's reduction is judged against the 10-K's staff.
    /// </summary>
    public static ParsedDocument Screen(ParsedDocument parsed, long? storedHeadcount, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var rejections = new List<Rejection>(parsed.Rejections);
        var headcount = Keep(parsed.Headcount, h => Check(h.Statement, today), h => h.Statement.Sentence, rejections);
        long? stated = headcount.Count == 0 ? storedHeadcount : Math.Max(storedHeadcount ?? 0, headcount.Max(h => h.Statement.Employees));
        var statements = Keep(parsed.Statements, s => Check(s, stated, today), s => s.Statement.Sentence, rejections);
        return rejections.Count == parsed.Rejections.Count
            ? parsed
            : parsed with { Headcount = headcount, Statements = statements, Rejections = rejections };
    }

    private static List<T> Keep<T>(IReadOnlyList<T> facts, Func<T, string?> problem, Func<T, string> sentence, List<Rejection> rejections)
    {
        var kept = new List<T>(facts.Count);
        foreach (var fact in facts)
        {
            if (problem(fact) is { } reason)
            {
                rejections.Add(new Rejection(reason, sentence(fact)));
            }
            else
            {
                kept.Add(fact);
            }
        }

        return kept;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
