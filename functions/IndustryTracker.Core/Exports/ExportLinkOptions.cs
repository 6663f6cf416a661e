using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Exports;

/// <summary>
/// How <c>GET /api/exports</c> links to files (section <c>Exports</c>). With <see cref="BlobServiceUri"/> set (Azure:
/// the account allows no shared keys) links are user-delegation SAS URLs signed through the app's managed identity,
/// read-only and expiring after <see cref="LinkLifetime"/>; without it (Azurite, local runs) links are direct URLs.
/// </summary>
public sealed class ExportLinkOptions
{
    public const string Section = "Exports";

    /// <summary>The account's blob endpoint, e.g. https://account.blob.core.windows.net.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one (or a developer's login).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long a signed link works. Short: a link pasted somewhere should stop working soon.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
