namespace IndustryTracker.Tests.Support;

/// <summary>
/// INDUSTRYTRACKER_REGENERATE=1 turns compare-with-committed tests (golden exports, the data dictionary) into
/// rewrites of the committed files; review the diff, then commit it. Without it they only compare.
/// </summary>
public static class Regenerate
{
    public static bool Requested => Environment.GetEnvironmentVariable("INDUSTRYTRACKER_REGENERATE") == "1";

    /// <summary>Rewrites <paramref name="path"/> when regeneration is requested; otherwise returns its committed bytes.</summary>
    public static byte[] CommittedOrRewrite(string path, byte[] actual)
    {
        if (Requested)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return actual;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with INDUSTRYTRACKER_REGENERATE=1 to write it.");
        return File.ReadAllBytes(path);
    }
}
