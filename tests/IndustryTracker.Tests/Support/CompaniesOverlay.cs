namespace IndustryTracker.Tests.Support;

/// <summary>
/// A replay overlay WRITTEN FOR THE TESTS: NVIDIA's submissions document (the recorded corpus holds SEC's ticker list,
/// which lists NVDA → CIK 1045810, but no NVIDIA submissions). It follows SEC's layout with an empty filing list, so
/// the collector reads it like any listing and finds nothing to fetch. The name and fiscal year end are as SEC lists
/// them (EDGAR company page, CIK 1045810); the former name is SEC's listing of the company's earlier "/CA" filer name.
/// </summary>
public sealed class CompaniesOverlay : IDisposable
{
    public const string NvidiaSubmissions = """
        {"cik":"0001045810","entityType":"operating","sic":"3674","name":"NVIDIA CORP","tickers":["NVDA"],"exchanges":["Nasdaq"],
         "fiscalYearEnd":"0126","formerNames":[{"name":"NVIDIA CORP/CA","from":"1998-05-07T00:00:00.000Z","to":"2002-03-15T00:00:00.000Z"}],
         "filings":{"recent":{"accessionNumber":[],"filingDate":[],"reportDate":[],"acceptanceDateTime":[],"act":[],"form":[],"fileNumber":[],
         "filmNumber":[],"items":[],"core_type":[],"size":[],"isXBRL":[],"isInlineXBRL":[],"primaryDocument":[],"primaryDocDescription":[]},"files":[]}}
        """;

    public CompaniesOverlay()
    {
        Root = Path.Combine(Path.GetTempPath(), "industrytracker-companies-" + Guid.NewGuid().ToString("N")[..8]);
        var path = Core.Http.ReplayPaths.FileFor(Root, new Uri("https://data.sec.gov/submissions/CIK0001045810.json"))!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, NvidiaSubmissions);
    }

    public string Root { get; }

    /// <summary>Writes (or replaces) the overlay's answer to <paramref name="url"/>.</summary>
    public void Write(string url, string content)
    {
        var path = Core.Http.ReplayPaths.FileFor(Root, new Uri(url))!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>The Replay:Directory value: the recorded corpus first, then this overlay.</summary>
    public string ReplayDirectories => $"{Fixtures.Replay};{Root}";

    /// <summary>A companies file holding only Microsoft (none of Meta, Alphabet, Amazon), in its own temp file.</summary>
    public string WriteCompaniesFile(string json)
    {
        var path = Path.Combine(Root, "companies.json");
        File.WriteAllText(path, json);
        return path;
    }

    public const string MicrosoftOnly = """
        { "companies": [ { "ticker": "MSFT", "cik": 789019, "name": "Microsoft Corporation", "fiscalYearEnd": "0630",
                           "aliases": ["Microsoft Corporation", "Microsoft"], "newsroomFeeds": [] } ] }
        """;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
