namespace IndustryTracker.Core.Exports;

/// <summary>
/// One column of an exported dataset. Numbers are written as numbers (never formula-escaped); text goes through
/// the writer's formula neutralisation.
/// </summary>
public sealed record CsvColumn<T>(string Header, Func<T, string?>? Text = null, Func<T, decimal?>? Number = null)
{
    public static CsvColumn<T> Of(string header, Func<T, string?> text) => new(header, Text: text);

    public static CsvColumn<T> Num(string header, Func<T, decimal?> number) => new(header, Number: number);
}
