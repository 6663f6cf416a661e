using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Sources.Warn;

public sealed class WarnOptions
{
    public const string Section = "Warn";

    /// <summary>States collected when <see cref="States"/> is not configured.</summary>
    public static IReadOnlyList<string> DefaultStates { get; } = ["wa", "ca", "or", "va", "tx"];

    /// <summary>The only hosts the WARN client may reach (redirects included) when <see cref="AllowedHosts"/> is not configured.</summary>
    public static IReadOnlyList<string> DefaultAllowedHosts { get; } = ["raw.githubusercontent.com", "edd.ca.gov"];

    /// <summary>
    /// States whose Big Local News exports are collected (lower-case codes, as the export file names). Empty here:
    /// <see cref="DefaultStates"/> is applied after binding, so a configured list replaces it (see ListSettings).
    /// </summary>
    public string[] States { get; set; } = [];

    /// <summary>Big Local News' published per-state exports; {state} is replaced by the state code.</summary>
    [Required]
    public string BlnExportUrl { get; set; } = "https://raw.githubusercontent.com/biglocalnews/warn-github-flow/main/data/warn-scraper/exports/{state}.csv";

    /// <summary>California EDD's own WARN report, read directly (an XLSX file). Empty to skip it.</summary>
    public string? CaEddUrl { get; set; } = "https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx";

    /// <summary>The only hosts the WARN client may reach (redirects included); <see cref="DefaultAllowedHosts"/> when not configured.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Per-attempt timeout; fractions of a second are allowed so tests can stall a request cheaply.</summary>
    [Range(0.05, 600)] public double TimeoutSeconds { get; set; } = 120;

    /// <summary>The first retry's backoff (exponential, jittered); a Retry-After header takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The largest WARN export or EDD report fetched; a bigger response is a recorded failure, never read past the
    /// limit (the recorded Big Local News exports are well under 1 MB; a state's full history stays far below this).
    /// </summary>
    [Range(1, 1024)] public int MaxFileMegabytes { get; set; } = 50;

    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromHours(1);
}
