using System.Text.Json.Serialization;

namespace IndustryTracker.Core.Claims;

/// <summary>How a stored value is compared with a claim's figure.</summary>
// Served as the claims file spells it, not as a number.
[JsonConverter(typeof(JsonStringEnumConverter<Comparator>))]
public enum Comparator
{
    /// <summary>Exactly the figure.</summary>
    [JsonStringEnumMemberName("eq")]
    Eq,

    /// <summary>Within the tolerance (percent of the figure) either side: "about 21,000".</summary>
    [JsonStringEnumMemberName("approx")]
    Approx,

    /// <summary>Between the figure and the upper bound, inclusive: "60,000 to 65,000".</summary>
    [JsonStringEnumMemberName("between")]
    Between,

    [JsonStringEnumMemberName("atLeast")]
    AtLeast,
    [JsonStringEnumMemberName("atMost")]
    AtMost,
}
