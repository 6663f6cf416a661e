using System.Text.Json;

namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>SEC's JSON feeds: JSON, an object, holding the property the parser reads first.</summary>
public sealed class SecJsonValidator(string requiredProperty) : IDocumentValidator
{
    public string? Problem(FetchResult fetched, string? form)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        if (BodyChecks.UnexpectedType(fetched, "json") is { } type)
        {
            return type;
        }

        try
        {
            using var json = JsonDocument.Parse(fetched.Body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(requiredProperty, out _)
                ? null
                : $"JSON without '{requiredProperty}'";
        }
        catch (JsonException ex)
        {
            return $"not JSON: {ex.Message}";
        }
    }
}
