using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Sources.Warn;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Warn;

/// <summary>The WARN fixtures: the Big Local News state exports, the current WA export extract and EDD's spreadsheet.</summary>
internal static class WarnFixtures
{
    public const string CurrentWaUrl = "https://raw.githubusercontent.com/biglocalnews/warn-github-flow/main/data/warn-scraper/exports/wa.csv";

    public const string EddUrl = "https://edd.ca.gov/siteassets/files/jobs_and_training/warn/warn_report.xlsx";

    public static string ExportPath(string state) =>
        Path.Combine(Fixtures.Root, "warn", $"bln-export-{state.ToLowerInvariant()}.csv");

    public static WarnExportRead ReadExport(string state)
    {
        using var stream = File.OpenRead(ExportPath(state));
        return BlnExportParser.Read(stream, state);
    }

    public static WarnExportRead ReadCurrentWa()
    {
        using var stream = Fixtures.Open(CurrentWaUrl);
        return BlnExportParser.Read(stream, "WA");
    }

    public static WarnExportRead ReadEdd()
    {
        using var stream = Fixtures.Open(EddUrl);
        return CaEddWarnParser.Read(stream);
    }

    public static CompanyCatalog Catalog() => CompanyCatalog.Load(Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json"));
}
