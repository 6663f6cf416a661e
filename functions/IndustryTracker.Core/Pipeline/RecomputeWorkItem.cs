using System.Text.Json;

namespace IndustryTracker.Core.Pipeline;

/// <summary>Asks for one company's benchmark rows to be rebuilt from its stored facts.</summary>
public sealed record RecomputeWorkItem(string Ticker)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RecomputeWorkItem FromJson(string json) =>
        JsonSerializer.Deserialize<RecomputeWorkItem>(json, Json) ?? throw new FormatException("Empty recompute work item.");
}
