namespace IndustryTracker.Tests.Support;

/// <summary>Locates the shared, read-only fixtures (../shared/fixtures next to the repository).</summary>
public static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Root { get; } =
        Environment.GetEnvironmentVariable("INDUSTRYTRACKER_FIXTURES")
        ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures"));

    public static string Replay => Path.Combine(Root, "replay");

    /// <summary>Path of the recorded answer to <paramref name="url"/> in the replay tree.</summary>
    public static string ReplayFile(string url)
    {
        var uri = new Uri(url);
        return Path.Combine(Replay, uri.Host, uri.AbsolutePath.TrimStart('/'));
    }

    public static Stream Open(string url) => File.OpenRead(ReplayFile(url));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IndustryTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("IndustryTracker.sln not found above the test binaries.");
    }
}
