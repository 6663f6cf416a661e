using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IndustryTracker.Tests.Infra;

/// <summary>
/// The bindings the Functions host indexes in Azure (functions.metadata, generated at build): which settings they
/// resolve (<c>%Setting%</c>) and which queues they trigger on.
/// </summary>
public static partial class FunctionBindings
{
    private static readonly JsonArray Functions = Load();

    /// <summary>Function name → its trigger binding.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Triggers { get; } = Functions.ToDictionary(
        f => (string)f!["name"]!,
        f => f!["bindings"]!.AsArray().Single(b => ((string)b!["type"]!).EndsWith("Trigger", StringComparison.Ordinal))!);

    /// <summary>Every setting a binding reads through <c>%Name%</c>.</summary>
    public static IReadOnlySet<string> SettingReferences { get; } = Functions
        .SelectMany(f => f!["bindings"]!.AsArray())
        .SelectMany(b => b!.AsObject().Select(p => p.Value))
        .OfType<JsonValue>()
        .Select(v => v.TryGetValue<string>(out var s) ? SettingReference().Match(s) : Match.Empty)
        .Where(m => m.Success)
        .Select(m => m.Groups["name"].Value)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The settings naming the queues that queue triggers read (each has a host poison queue '&lt;name&gt;-poison').</summary>
    public static IReadOnlySet<string> QueueTriggerSettings { get; } = Triggers.Values
        .Where(t => (string?)t["type"] == "queueTrigger")
        .Select(t => SettingReference().Match((string)t["queueName"]!))
        .Select(m => m.Success ? m.Groups["name"].Value : throw new InvalidOperationException("A queue trigger names its queue literally; name it through a setting."))
        .ToHashSet(StringComparer.Ordinal);

    private static JsonArray Load()
    {
        // The Functions SDK writes functions.metadata at build; the project reference copies it next to the tests.
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} missing: build the function app");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }

    [GeneratedRegex("^%(?<name>[^%]+)%$")]
    private static partial Regex SettingReference();
}
