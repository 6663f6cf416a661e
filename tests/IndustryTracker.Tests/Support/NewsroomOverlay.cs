namespace IndustryTracker.Tests.Support;

/// <summary>
/// A replay overlay of newsroom feeds and article pages WRITTEN FOR THE TESTS (the fixtures hold no recorded feeds):
/// each test-data file is laid out at the URL the companies file or its feed points to, in a temporary folder that a
/// replay run reads after the recorded corpus. Nothing here is a recording of the companies' sites.
/// </summary>
public sealed class NewsroomOverlay : IDisposable
{
    private static readonly (string Url, string File)[] Files =
    [
        ("https://about.fb.com/news/feed/", "Newsroom/TestData/meta-newsroom.rss.xml"),
        ("https://www.aboutamazon.com/news/feed", "Newsroom/TestData/amazon-news.rss.xml"),
        ("https://blog.google/rss/", "Layoffs/TestData/google-blog.atom.xml"),
        ("https://news.microsoft.com/feed/", "Layoffs/TestData/microsoft-news.atom.xml"),
        ("https://about.fb.com/news/2022/11/mark-zuckerberg-message-to-employees/", "Newsroom/TestData/pages/meta-2022-11-09.html"),
        ("https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/", "Newsroom/TestData/pages/meta-2023-03-14.html"),
        ("https://www.aboutamazon.com/news/company-news/update-on-role-eliminations-january-2023", "Newsroom/TestData/pages/amazon-2023-01-04.html"),
        ("https://www.aboutamazon.com/news/company-news/update-on-amazon-workforce-march-2023", "Newsroom/TestData/pages/amazon-2023-03-20.html"),
        ("https://blog.google/inside-google/message-ceo/january-update/", "Newsroom/TestData/pages/alphabet-2023-01-20.html"),
        ("https://blogs.microsoft.com/blog/2023/01/18/subject-focusing-on-our-short-and-long-term-opportunity/", "Newsroom/TestData/pages/microsoft-2023-01-18.html"),
    ];

    public NewsroomOverlay()
    {
        Root = Path.Combine(Path.GetTempPath(), "industrytracker-overlay-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (url, file) in Files)
        {
            var path = Core.Http.ReplayPaths.FileFor(Root, new Uri(url))!;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), path);
        }
    }

    public string Root { get; }

    /// <summary>The Replay:Directory value: the recorded corpus first, then this overlay.</summary>
    public string ReplayDirectories => $"{Fixtures.Replay};{Root}";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
