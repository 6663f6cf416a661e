using System.Text.Json.Nodes;

namespace IndustryTracker.Tests.Infra;

/// <summary>Reads compiled ARM JSON: resources may be an array or (language version 2.0) an object by symbolic name.</summary>
public static class ArmTemplate
{
    /// <summary>Every resource of the template and of the templates its modules (nested deployments) inline.</summary>
    public static IEnumerable<JsonNode> Resources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!),
            JsonObject map => map.Select(p => p.Value!),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is { } nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonNode> OfType(JsonNode template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>A parameter's default value in the compiled template, as JSON text (null when it has none).</summary>
    public static JsonNode? DefaultValue(JsonNode template, string parameter) =>
        template["parameters"]?[parameter]?["defaultValue"];
}
