namespace IndustryTracker.Core.Http;

/// <summary>Offline and recording modes: a directory laid out as <c>&lt;host&gt;/&lt;path&gt;</c>.</summary>
public sealed class ReplayOptions
{
    public const string Section = "Replay";

    /// <summary>When set, every outbound request is answered from this directory instead of the network.</summary>
    public string? Directory { get; set; }

    /// <summary>When set, live responses are also written to this directory in the replay layout.</summary>
    public string? RecordDirectory { get; set; }

    public bool IsReplay => !string.IsNullOrWhiteSpace(Directory);
}
