using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Sec;

namespace IndustryTracker.Benchmarks.Parsing;

/// <summary>
/// The 10-K and 10-Q documents of the replay corpus, found the way the collector finds them: from the companies'
/// recorded submissions listings, keeping the periodic reports whose primary document is in the tree.
/// </summary>
public static class PeriodicReports
{
    private static readonly Uri Archives = new("https://www.sec.gov/");

    public static IReadOnlyList<PeriodicReport> All { get; } = Load();

    public static PeriodicReport Named(string name) => All.Single(r => r.Name == name);

    private static List<PeriodicReport> Load()
    {
        var catalog = CompanyCatalog.Load(BenchPaths.Companies);
        var reports = new List<PeriodicReport>();
        foreach (var listing in Directory.EnumerateFiles(Path.Combine(BenchPaths.Replay, "data.sec.gov", "submissions"), "CIK*.json").Order(StringComparer.Ordinal))
        {
            var cik = long.Parse(Path.GetFileNameWithoutExtension(listing)[3..], System.Globalization.CultureInfo.InvariantCulture);
            var ticker = catalog.Companies.Single(c => c.Cik == cik).Ticker;
            foreach (var filing in SubmissionsParser.Parse(File.ReadAllBytes(listing)))
            {
                var url = filing.PrimaryDocumentUrl(Archives, cik);
                var path = BenchPaths.ReplayFile(url);
                if (DocumentParsers.IsPeriodicReport(filing.Form) && File.Exists(path))
                {
                    reports.Add(new PeriodicReport(Path.GetFileName(path), ticker, filing, url, File.ReadAllBytes(path)));
                }
            }
        }

        return reports;
    }
}
