using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Statements;

/// <summary>What an editor submits (CLI options or the admin endpoint's JSON body), before it is checked.</summary>
public sealed record EditorStatementRequest(
    string? Company,
    DateOnly? Date,
    long? Count,
    decimal? PercentOfWorkforce,
    string? Url,
    string? Quote,
    string? Publisher,
    string? AddedBy)
{
    /// <summary>A quote is a sentence or two, not an article.</summary>
    public const int MaxQuoteLength = 2_000;

    /// <summary>
    /// The first problem, naming the field as the CLI option and JSON property share it (company, date, count, …), or
    /// null when the request is a statement a reader can check: a tracked company, a date not in the future, a count or
    /// a percentage within the plausibility rules, an http(s) URL, the quoted words, the publisher and who adds it.
    /// </summary>
    public (string Field, string Problem)? Problem(CompanyCatalog catalog, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Company))
        {
            return ("company", "is required (a tracked ticker)");
        }

        if (catalog.Find(Company.Trim()) is null)
        {
            return ("company", $"'{Company}' is not a tracked company (tracked: {string.Join(", ", catalog.Companies.Select(c => c.Ticker))})");
        }

        if (Date is not { } date)
        {
            return ("date", "is required (yyyy-MM-dd: the day the reduction was announced or confirmed)");
        }

        if (date > today)
        {
            return ("date", $"{date:yyyy-MM-dd} is in the future");
        }

        if (Count is null && PercentOfWorkforce is null)
        {
            return ("count", "a count or a percentOfWorkforce is required");
        }

        if (Count is { } count && (count < 1 || count > Plausibility.MaxEmployees))
        {
            return ("count", $"{count} is outside 1..{Plausibility.MaxEmployees}");
        }

        if (PercentOfWorkforce is { } percent && (percent <= 0 || percent > 100))
        {
            return ("percentOfWorkforce", $"{percent} is outside (0, 100]");
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return ("url", "must be the http(s) address where the statement is published");
        }

        if (string.IsNullOrWhiteSpace(Quote) || Quote.Length > MaxQuoteLength)
        {
            return ("quote", $"must be the statement's words (1..{MaxQuoteLength} characters)");
        }

        if (string.IsNullOrWhiteSpace(Publisher))
        {
            return ("publisher", "is required (who published or confirmed the statement)");
        }

        return string.IsNullOrWhiteSpace(AddedBy) ? ("addedBy", "is required (who adds the statement)") : null;
    }

    /// <summary>The statement to store; call only when <see cref="Problem"/> is null.</summary>
    public EditorStatement ToStatement(CompanyCatalog catalog, DateTimeOffset now)
    {
        var url = new Uri(Url!).AbsoluteUri;
        var quote = Quote!.Trim();
        return new EditorStatement(
            EditorStatement.IdFor(Date!.Value, url, quote),
            catalog.Find(Company!.Trim())!.Ticker,
            Date.Value,
            Count,
            PercentOfWorkforce,
            url,
            quote,
            Publisher!.Trim(),
            AddedBy!.Trim(),
            now);
    }
}
