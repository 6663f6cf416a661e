namespace IndustryTracker.Benchmarks.Support;

/// <summary>The repository and the shared, read-only fixtures (../shared/fixtures next to the repository).</summary>
public static class BenchPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixtures { get; } =
        Environment.GetEnvironmentVariable("INDUSTRYTRACKER_FIXTURES")
        ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures"));

    public static string Replay => Path.Combine(Fixtures, "replay");

    public static string Companies => Path.Combine(RepoRoot, "seeds", "companies.json");

    public static string Claims => Path.Combine(RepoRoot, "seeds", "claims.json");

    public static string Report => Path.Combine(RepoRoot, "docs", "performance.md");

    /// <summary>Path of the recorded answer to <paramref name="url"/> in the replay tree.</summary>
    public static string ReplayFile(Uri url) => Path.Combine(Replay, url.Host, url.AbsolutePath.TrimStart('/'));

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IndustryTracker.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("IndustryTracker.sln not found: run the benchmarks from the repository.");
    }
}
