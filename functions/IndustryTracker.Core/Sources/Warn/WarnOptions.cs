using System.ComponentModel.DataAnnotations;

namespace IndustryTracker.Core.Sources.Warn;

public sealed class WarnOptions
{
    public const string Section = "Warn";

    /// <summary>States whose Big Local News exports are collected (lower-case codes, as the export file names).</summary>
    public string[] States { get; set; } = ["wa", "ca", "or", "va", "tx"];

    /// <summary>Big Local News' published per-state exports; {state} is replaced by the state code.</summary>
    [Required]
    public string BlnExportUrl { get; set; } = "https://raw.githubusercontent.com/biglocalnews/warn-github-flow/main/data/warn-scraper/exports/{state}.csv";

    /// <summary>California EDD's own WARN report, read directly (an XLSX file). Empty to skip it.</summary>
    public string? CaEddUrl { get; set; } = "https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx";

    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 120;

    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromHours(1);
}
