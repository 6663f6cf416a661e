using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using IndustryTracker.Core.Facts;
using IndustryTracker.Core.Layoffs;

namespace IndustryTracker.Core.Storage.Entities;

/// <summary>
/// Row of the WARN table. Partition = the matched ticker, or <see cref="Unmatched"/>, so a company's notices are one
/// partition query. Row = state, received date and a hash of (employer, site, received, workers): the same notice read
/// from two files (the EDD file and a BLN export) or listed twice is one row.
/// </summary>
public sealed class WarnEntity : ITableEntity
{
    public const string Unmatched = "_unmatched";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string State { get; set; } = "";
    public string Employer { get; set; } = "";
    public string? Site { get; set; }
    public string? Location { get; set; }
    public int? Workers { get; set; }
    public string? Received { get; set; }
    public string? Effective { get; set; }
    public string Kind { get; set; } = "";
    public bool? Temporary { get; set; }
    public bool Amendment { get; set; }
    public int SourceRow { get; set; }
    public string? Ticker { get; set; }
    public bool Subsidiary { get; set; }
    public string? MatchedAlias { get; set; }
    public string Url { get; set; } = "";
    public string DocumentKey { get; set; } = "";

    public static WarnEntity From(WarnNotice n, EmployerMatch? match, string url, string documentKey)
    {
        var received = n.Received?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var effective = n.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The same identity as WarnDeduplicator's exact duplicates (effective date included: phased layoffs are separate notices).
        var identity = string.Join('|', n.State.ToUpperInvariant(), Normalize(n.Employer), Normalize(n.Site ?? n.Location ?? ""), received ?? "", n.Workers?.ToString(CultureInfo.InvariantCulture) ?? "", effective ?? "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        return new WarnEntity
        {
            PartitionKey = match?.Ticker ?? Unmatched,
            RowKey = TableKeys.Escape($"{n.State.ToUpperInvariant()}_{received ?? "undated"}_{hash}"),
            State = n.State.ToUpperInvariant(),
            Employer = n.Employer,
            Site = n.Site,
            Location = n.Location,
            Workers = n.Workers,
            Received = received,
            Effective = effective,
            Kind = n.Kind.ToString(),
            Temporary = n.Temporary,
            Amendment = n.Amendment,
            SourceRow = n.SourceRow,
            Ticker = match?.Ticker,
            Subsidiary = match?.Subsidiary ?? false,
            MatchedAlias = match?.MatchedAlias,
            Url = url,
            DocumentKey = documentKey,
        };
    }

    public WarnEvidence ToEvidence() => new(
        Ticker ?? PartitionKey,
        Subsidiary,
        new WarnNotice(State, Employer, Site, Location, Workers, Received is null ? null : Date(Received), Effective is null ? null : Date(Effective), Enum.Parse<WarnNoticeKind>(Kind), Temporary, Amendment, SourceRow),
        Url);

    private static string Normalize(string value) => string.Join(' ', value.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
