namespace IndustryTracker.Cli.Output;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
