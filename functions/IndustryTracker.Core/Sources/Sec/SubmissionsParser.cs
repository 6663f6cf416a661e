using System.Globalization;
using System.Text.Json;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>Reads the <c>filings.recent</c> column arrays of SEC's submissions JSON into rows.</summary>
public static class SubmissionsParser
{
    public static IReadOnlyList<Filing> Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (!document.RootElement.TryGetProperty("filings", out var filings)
            || !filings.TryGetProperty("recent", out var recent)
            || recent.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Submissions JSON has no filings.recent object.");
        }

        var accessions = Column(recent, "accessionNumber");
        var filingDates = Column(recent, "filingDate");
        var reportDates = Column(recent, "reportDate");
        var forms = Column(recent, "form");
        var documents = Column(recent, "primaryDocument");
        var items = recent.TryGetProperty("items", out _) ? Column(recent, "items") : null;
        var count = accessions.Length;
        if (new[] { filingDates, reportDates, forms, documents }.Any(c => c.Length != count) || (items is not null && items.Length != count))
        {
            throw new FormatException("Submissions JSON columns in filings.recent have different lengths.");
        }

        var rows = new List<Filing>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add(new Filing(
                accessions[i],
                ParseDate(filingDates[i], "filingDate") ?? throw new FormatException($"Filing {accessions[i]} has no filingDate."),
                ParseDate(reportDates[i], "reportDate"),
                forms[i],
                documents[i],
                items is null ? [] : items[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return rows;
    }

    private static string[] Column(JsonElement recent, string name)
    {
        if (!recent.TryGetProperty(name, out var column) || column.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"Submissions JSON filings.recent.{name} is missing or not an array.");
        }

        return column.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.Null => "",
            _ => throw new FormatException($"Submissions JSON filings.recent.{name} holds a {e.ValueKind} where a string belongs."),
        }).ToArray();
    }

    private static DateOnly? ParseDate(string value, string column)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"Submissions JSON {column} '{value}' is not a yyyy-MM-dd date.");
    }
}
