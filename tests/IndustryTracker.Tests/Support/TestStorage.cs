namespace IndustryTracker.Tests.Support;

/// <summary>Settings that give a test its own containers, queues and tables inside the shared Azurite.</summary>
public static class TestStorage
{
    public static Dictionary<string, string?> Settings(string connectionString, string? prefix = null)
    {
        // Table names are letters and digits only; containers and queues also allow '-'.
        var p = prefix ?? "t" + Guid.NewGuid().ToString("N")[..10];
        return new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["RawContainer"] = $"{p}-raw",
            ["ExportsContainer"] = $"{p}-exports",
            ["NormalizeQueue"] = $"{p}-normalize",
            ["NormalizePoisonQueue"] = $"{p}-normalize-poison",
            ["RecomputeQueue"] = $"{p}-recompute",
            ["DocumentsTable"] = $"{p}documents",
            ["CheckpointsTable"] = $"{p}checkpoints",
            ["HeadcountTable"] = $"{p}headcount",
            ["FinancialsTable"] = $"{p}financials",
            ["BenchmarksTable"] = $"{p}benchmarks",
            ["Companies:File"] = Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json"),
            ["Replay:Directory"] = Fixtures.Replay,
        };
    }
}
