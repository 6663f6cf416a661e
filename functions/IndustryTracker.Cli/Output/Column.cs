namespace IndustryTracker.Cli.Output;

/// <summary>One column of a tabular output: its header and how to read it from a row.</summary>
public sealed record Column<T>(string Header, Func<T, string?> Value);
