namespace IndustryTracker.Cli.Output;

/// <summary>Progress lines go to stderr, so stdout stays clean for JSON and CSV.</summary>
public sealed class ConsoleProgress : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            Console.Error.WriteLine($"  · {value}");
        }
    }
}
