using System.Globalization;
using IndustryTracker.Core.Benchmarks;

namespace IndustryTracker.Core.Claims;

/// <summary>A check entry → its typed check. Errors name the field as written (<c>check.period.from</c>).</summary>
internal static class CheckParser
{
    public static ClaimCheck? Parse(CheckEntry c, IReadOnlySet<string>? tickers, List<string> errors)
    {
        var before = errors.Count;
        ClaimCheck? check = c.Kind switch
        {
            ClaimCheckKinds.Headcount => new HeadcountCheck(Company(c, tickers, errors)!, HeadcountPeriod(c, errors)!, Expected(c, errors)!),
            ClaimCheckKinds.Layoffs => new LayoffsCheck(Company(c, tickers, errors)!, Period(c.Period, errors)!, Expected(c, errors)!, Rounds(c, errors)),
            ClaimCheckKinds.HeadcountTarget => new HeadcountTargetCheck(Company(c, tickers, errors)!, Date(c.By, "check.by", errors), Expected(c, errors)!),
            ClaimCheckKinds.NotCheckable => NotCheckable(c, tickers, errors),
            _ => null,
        };
        if (check is null)
        {
            errors.Add($"check.kind '{c.Kind}' is not one of {string.Join(", ", ClaimCheckKinds.All)}");
        }

        return errors.Count > before ? null : check;
    }

    private static string? Company(CheckEntry c, IReadOnlySet<string>? tickers, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(c.Company))
        {
            errors.Add("check.company is required (a ticker of the companies file)");
        }
        else if (tickers is not null && !tickers.Contains(c.Company))
        {
            errors.Add($"check.company '{c.Company}' is not in the companies file");
        }

        return c.Company?.ToUpperInvariant();
    }

    private static DateRange? HeadcountPeriod(CheckEntry c, List<string> errors)
    {
        if ((c.AsOf is null) == (c.Period is null))
        {
            errors.Add("check needs exactly one of asOf (a date) or period (from, to)");
            return null;
        }

        if (c.AsOf is null)
        {
            return Period(c.Period, errors);
        }

        var day = Date(c.AsOf, "check.asOf", errors);
        return new DateRange(day, day);
    }

    private static DateRange? Period(PeriodEntry? p, List<string> errors)
    {
        if (p is null)
        {
            errors.Add("check.period is required (from, to)");
            return null;
        }

        var range = new DateRange(Date(p.From, "check.period.from", errors), Date(p.To, "check.period.to", errors));
        if (range.From > range.To)
        {
            errors.Add("check.period.from is after check.period.to");
        }

        return range;
    }

    private static Expectation? Expected(CheckEntry c, List<string> errors)
    {
        if (c.Expected is null)
        {
            errors.Add("check.expected is required");
        }

        if (!Enum.TryParse<Comparator>(c.Comparator, ignoreCase: true, out var comparator) || int.TryParse(c.Comparator, CultureInfo.InvariantCulture, out _))
        {
            errors.Add($"check.comparator '{c.Comparator}' is not one of eq, approx, between, atLeast, atMost");
        }

        if (comparator == Comparator.Approx && c.TolerancePct is not > 0)
        {
            errors.Add("check.tolerancePct must be a positive percent for comparator approx");
        }

        if (comparator == Comparator.Between && (c.Max is null || c.Max < c.Expected))
        {
            errors.Add("check.max is required for comparator between and must not be below check.expected");
        }

        return new Expectation(comparator, c.Expected ?? 0, c.Max, c.TolerancePct ?? 0);
    }

    private static int? Rounds(CheckEntry c, List<string> errors)
    {
        if (c.Rounds is < 1)
        {
            errors.Add("check.rounds must be 1 or more when given");
        }

        return c.Rounds;
    }

    private static NotCheckableCheck NotCheckable(CheckEntry c, IReadOnlySet<string>? tickers, List<string> errors)
    {
        if (c.Metric is null || !BenchmarkMetrics.All.Contains(c.Metric, StringComparer.Ordinal))
        {
            errors.Add($"check.metric '{c.Metric}' is not a benchmark metric ({string.Join(", ", BenchmarkMetrics.All)})");
        }

        if (c.Companies is not { Count: > 0 })
        {
            errors.Add("check.companies is required (the tickers whose metric is shown)");
        }

        foreach (var unknown in (c.Companies ?? []).Where(t => tickers is not null && !tickers.Contains(t)))
        {
            errors.Add($"check.companies: '{unknown}' is not in the companies file");
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            errors.Add("check.reason is required (why no filing states it)");
        }

        return new NotCheckableCheck(c.Metric ?? "", (c.Companies ?? []).Select(t => t.ToUpperInvariant()).ToList(), c.Reason ?? "");
    }

    private static DateOnly Date(string? value, string field, List<string> errors)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{field} '{value}' is not a date (yyyy-MM-dd)");
        return default;
    }
}
