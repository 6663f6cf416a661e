using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Api;

/// <summary>A headcount fact as served and exported (field names are the public schema).</summary>
/// <remarks><see cref="AsOfResolved"/> is null when the filing states the date, else how the date was resolved.</remarks>
public sealed record HeadcountView(string Ticker, string AsOf, long Employees, bool Approximate, string Scope, string Sentence, string Url, string? Accession, string? Form, string? AsOfResolved = null)
{
    public static HeadcountView From(HeadcountEntity e) =>
        new(e.PartitionKey, e.AsOf, e.Employees, e.Approximate, e.Scope, e.Sentence, e.Url, e.Accession, e.Form, e.AsOfResolved);
}
