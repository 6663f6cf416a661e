using CsvHelper;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>A Big Local News export: CSV whose header has every column the state's map requires.</summary>
public sealed class WarnCsvValidator : IDocumentValidator
{
    public string? Problem(FetchResult fetched, string? form)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var body = fetched.Body ?? [];
        if ((BodyChecks.UnexpectedType(fetched, "text/plain", "text/csv", "octet-stream") ?? BodyChecks.BlockPage(body)) is { } problem)
        {
            return problem;
        }

        var head = BodyChecks.Head(body).TrimStart('\uFEFF');
        var end = head.IndexOfAny(['\r', '\n']);
        using var line = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(end < 0 ? head : head[..end]));
        using var reader = CsvReader.Create(line, new CsvReaderOptions { HasHeader = true });
        string[] columns = [.. reader.Headers];
        WarnColumnMap map;
        try
        {
            map = WarnColumnMaps.For(form ?? "");
        }
        catch (ArgumentException)
        {
            // A state without a map fails in the parser with that message; the body itself may be fine.
            return null;
        }

        return WarnHeaderIndex.TryResolve(map, columns, out _, out var missing)
            ? null
            : $"no WARN header: the {missing.Field} column is missing";
    }
}
