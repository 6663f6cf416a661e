namespace IndustryTracker.Tests.Infra;

/// <summary>One run of the Bicep CLI: diagnostics (errors, warnings, linter findings) go to stderr.</summary>
public sealed record BicepRun(string Command, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Passed when it exited 0 and said nothing on stderr: a warning is as much a failure as an error.</summary>
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(Stderr);

    public override string ToString() => $"bicep {Command} exited {ExitCode}:\n{Stderr}{Stdout}";
}
