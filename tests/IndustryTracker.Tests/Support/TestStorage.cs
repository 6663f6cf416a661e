using IndustryTracker.Core.Storage;

namespace IndustryTracker.Tests.Support;

/// <summary>Settings that give a test its own containers, queues and tables inside the shared Azurite.</summary>
public static class TestStorage
{
    public static Dictionary<string, string?> Settings(string connectionString, string? prefix = null)
    {
        var p = prefix ?? "t" + Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Companies:File"] = Path.Combine(Fixtures.RepoRoot, "seeds", "companies.json"),
            ["Replay:Directory"] = Fixtures.Replay,
        };

        // Every resource name the app has, prefixed — read from the options themselves, so a new table can't be shared
        // by accident. Table names are letters and digits only; containers and queues also allow '-'.
        foreach (var property in typeof(StorageOptions).GetProperties().Where(p => p.PropertyType == typeof(string) && IsResourceName(p.Name)))
        {
            var name = (string)property.GetValue(new StorageOptions())!;
            settings[property.Name] = property.Name.EndsWith("Table", StringComparison.Ordinal) ? p + name : $"{p}-{name}";
        }

        return settings;
    }

    private static bool IsResourceName(string property) =>
        property.EndsWith("Table", StringComparison.Ordinal) || property.EndsWith("Queue", StringComparison.Ordinal) || property.EndsWith("Container", StringComparison.Ordinal);
}
