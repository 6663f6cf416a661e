using IndustryTracker.Core.Storage.Entities;

namespace IndustryTracker.Core.Api;

/// <summary>A WARN notice as served (field names are the public schema).</summary>
public sealed record WarnView(string State, string Employer, string? Site, string? Location, int? Workers, string? Received, string? Effective, string Kind, bool? Temporary, string? Ticker, bool Subsidiary, string Url, int SourceRow)
{
    public static WarnView From(WarnEntity e) =>
        new(e.State, e.Employer, e.Site, e.Location, e.Workers, e.Received, e.Effective, e.Kind, e.Temporary, e.Ticker, e.Subsidiary, e.Url, e.SourceRow);
}
