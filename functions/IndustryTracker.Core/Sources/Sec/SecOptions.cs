using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Sources.Sec;

public sealed class SecOptions
{
    public const string Section = "Sec";

    /// <summary>
    /// SEC asks every client to identify itself with a name and contact address. No default pretends to be anyone;
    /// live runs fail at start without it (replay runs do not need it).
    /// </summary>
    public string? UserAgent { get; set; }

    /// <summary>Filings filed before this date are not collected (a company's own <c>HistorySince</c> takes precedence).</summary>
    public DateOnly Since { get; set; } = new(2019, 1, 1);

    /// <summary>The first filing date collected for <paramref name="company"/>.</summary>
    public DateOnly SinceFor(Companies.Company company) => company.HistorySince ?? Since;

    /// <summary>Forms collected when <see cref="Forms"/> is not configured.</summary>
    public static IReadOnlyList<string> DefaultForms { get; } = ["10-K", "10-Q", "8-K"];

    /// <summary>The only hosts the SEC client may reach when <see cref="AllowedHosts"/> is not configured.</summary>
    public static IReadOnlyList<string> DefaultAllowedHosts { get; } = ["data.sec.gov", "www.sec.gov"];

    /// <summary>
    /// The filing forms whose primary documents are collected. Empty here: <see cref="DefaultForms"/> is applied after
    /// binding, so a configured list replaces it (see ListSettings).
    /// </summary>
    [MinLength(1)]
    public string[] Forms { get; set; } = [];

    /// <summary>
    /// SEC's fair-access limit is 10 requests/s per user across all machines; live runs are held to it
    /// (<see cref="SecOptionsValidator"/>). Replay runs never reach SEC and may raise it, so tests that repeat
    /// cycles over the corpus do not wait on a limit that protects no one.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxRequestsPerSecond { get; set; } = 10;

    /// <summary>
    /// The only hosts the SEC client may reach (redirects included); see <c>OutboundGuardHandler</c>.
    /// <see cref="DefaultAllowedHosts"/> when not configured.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    [Required] public Uri DataBaseUrl { get; set; } = new("https://data.sec.gov/");
    [Required] public Uri ArchivesBaseUrl { get; set; } = new("https://www.sec.gov/");

    /// <summary>Per-attempt timeout; fractions of a second are allowed so tests can stall a request cheaply.</summary>
    [Range(0.05, 600)] public double TimeoutSeconds { get; set; } = 60;

    /// <summary>The first retry's backoff (exponential, jittered); a Retry-After header takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The largest filing document, exhibit or filing index fetched; a bigger response is recorded as failed
    /// ("response exceeds N MB") without being read past the limit. The recorded filings run to about 2.5 MB.
    /// </summary>
    [Range(1, 1024)] public int MaxFilingMegabytes { get; set; } = 50;

    /// <summary>
    /// The largest submissions listing or company-facts file fetched (the company-facts JSON of a large filer runs to
    /// tens of MB; the recorded Alphabet file is 3 MB).
    /// </summary>
    [Range(1, 1024)] public int MaxCompanyDataMegabytes { get; set; } = 100;

    /// <summary>A failed document is retried no sooner than this after its first failure (doubling per attempt).</summary>
    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromHours(1);
}
