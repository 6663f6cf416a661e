using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Evaluation;

/// <summary>How an <see cref="EvaluationReport"/> is written as JSON: camelCase, outcomes as lower-case words.</summary>
public static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
