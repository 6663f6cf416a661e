namespace IndustryTracker.Core.Http;

/// <summary>Offline and recording modes: a directory laid out as <c>&lt;host&gt;/&lt;path&gt;</c>.</summary>
public sealed class ReplayOptions
{
    public const string Section = "Replay";

    /// <summary>
    /// When set, every outbound request is answered from this directory instead of the network. Several directories
    /// may be given, separated by ';': the first that holds a URL answers it (a corpus plus an overlay).
    /// </summary>
    public string? Directory { get; set; }

    public IReadOnlyList<string> Directories =>
        (Directory ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>When set, live responses are also written to this directory in the replay layout.</summary>
    public string? RecordDirectory { get; set; }

    /// <summary>Faults injected over the replay tree (reliability tests); none by default.</summary>
    public ReplayFaultOptions Faults { get; set; } = new();

    public bool IsReplay => !string.IsNullOrWhiteSpace(Directory);
}
