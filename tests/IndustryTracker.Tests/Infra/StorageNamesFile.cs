using System.Text.Json.Nodes;
using IndustryTracker.Core.Storage;

namespace IndustryTracker.Tests.Infra;

/// <summary>
/// The two sides that must agree: infra/storage-names.json (what Bicep creates and sets) and the app's own
/// <see cref="StorageOptions"/> (setting name → default from <see cref="StorageNames"/>), read by reflection so a new
/// container, queue or table in the app fails these tests until the template has it too.
/// </summary>
public static class StorageNamesFile
{
    public static string Path { get; } = System.IO.Path.Combine(BicepTemplate.InfraDirectory, "storage-names.json");

    public static JsonNode Json { get; } = JsonNode.Parse(File.ReadAllText(Path))!;

    public static IReadOnlyDictionary<string, string> Section(string section) =>
        Json[section]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);

    public static IReadOnlyList<string> TriggerQueues => [.. Json["triggerQueues"]!.AsArray().Select(k => (string)k!)];

    /// <summary>The app's resource-name settings whose name ends with <paramref name="suffix"/> (Container, Queue, Table).</summary>
    public static IReadOnlyDictionary<string, string> AppNames(string suffix) =>
        typeof(StorageOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith(suffix, StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => (string)p.GetValue(new StorageOptions())!);

    public static IReadOnlyDictionary<string, string> AppContainers => AppNames("Container");
    public static IReadOnlyDictionary<string, string> AppQueues => AppNames("Queue");
    public static IReadOnlyDictionary<string, string> AppTables => AppNames("Table");
}
