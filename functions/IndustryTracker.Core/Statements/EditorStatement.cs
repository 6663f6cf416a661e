using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Statements;

/// <summary>
/// A workforce-reduction statement an editor added because no feed carries it (a round confirmed to reporters): a
/// cited secondary source — the publisher's URL and the quoted words — with who added it and when. It is reconciled
/// like any other statement, as <see cref="SourceKind"/> "editor", and never outranks a filing or the company's own post.
/// </summary>
public sealed record EditorStatement(
    string Id,
    string Ticker,
    DateOnly Date,
    long? Count,
    decimal? PercentOfWorkforce,
    string Url,
    string Quote,
    string Publisher,
    string AddedBy,
    DateTimeOffset AddedAt)
{
    public const string SourceKind = "editor";

    /// <summary>Same date, URL and quote, same id: adding a statement twice replaces it rather than counting it twice.</summary>
    public static string IdFor(DateOnly date, string url, string quote)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{url}\n{quote}"));
        return $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(hash)[..10]}";
    }

    /// <summary>The statement as the reconciler reads it: announced on its date (to the day), its quote as the sentence.</summary>
    public StatementEvidence ToEvidence() => new(
        Ticker,
        new WorkforceStatement(StatementKind.Reduction, Count, Qualifier: null, PercentOfWorkforce, Date, DatePrecision.Day, TimeFrame: null, ChargesUsd: null, IncludesEarlierReductions: false, Quote),
        new Provenance(SourceKind, Url, Accession: null, Form: null, Date, $"editor_{Id}"),
        Date)
    {
        Editor = new EditorAttribution(Publisher, AddedBy, AddedAt),
    };
}
