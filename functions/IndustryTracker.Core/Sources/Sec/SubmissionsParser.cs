using System.Globalization;
using System.Text.Json;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>Reads the <c>filings.recent</c> column arrays of SEC's submissions JSON into rows, and its registrant header.</summary>
public static class SubmissionsParser
{
    /// <summary>
    /// The registrant as a company to track under <paramref name="ticker"/>: SEC's name, its former names and fiscal year
    /// end (MMDD). WARN aliases default to the name and the former names (a notice filed under "Facebook Inc" is Meta's);
    /// the matcher's guards (an alias after "dba" is a contractor) apply to them as to any alias.
    /// </summary>
    public static Companies.Company ParseCompany(ReadOnlySpan<byte> json, string ticker, long cik)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (name.Length == 0)
        {
            throw new FormatException($"The submissions document of CIK {cik} has no name.");
        }

        var fiscalYearEnd = root.TryGetProperty("fiscalYearEnd", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()!.Trim() : "";
        if (!Companies.CompanyCatalog.IsFiscalYearEnd(fiscalYearEnd))
        {
            // No guess: fiscal periods and calendar alignment depend on it.
            throw new FormatException($"SEC lists no fiscal year end (MMDD) for {name} (CIK {cik}): '{fiscalYearEnd}'.");
        }

        var formerNames = root.TryGetProperty("formerNames", out var former) && former.ValueKind == JsonValueKind.Array
            ? former.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("name", out var fn) && fn.ValueKind == JsonValueKind.String ? fn.GetString()!.Trim() : "")
                .Where(s => s.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray()
            : [];
        return new Companies.Company(ticker.ToUpperInvariant(), cik, name, fiscalYearEnd, [name, .. formerNames.Where(s => !s.Equals(name, StringComparison.OrdinalIgnoreCase))], [])
        {
            FormerNames = formerNames,
            Origin = Companies.CompanyOrigins.Added,
        };
    }

    public static IReadOnlyList<Filing> Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (!document.RootElement.TryGetProperty("filings", out var filings)
            || !filings.TryGetProperty("recent", out var recent)
            || recent.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Submissions JSON has no filings.recent object.");
        }

        return Rows(recent, "filings.recent");
    }

    /// <summary>
    /// An extra page of older filings (<c>CIK##########-submissions-001.json</c>): the same columns as
    /// <c>filings.recent</c>, at the document's root.
    /// </summary>
    public static IReadOnlyList<Filing> ParsePage(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? Rows(document.RootElement, "page")
            : throw new FormatException("Submissions page is not a JSON object of columns.");
    }

    /// <summary>The extra pages a listing names (<c>filings.files</c>): SEC moves filings there once <c>recent</c> is full.</summary>
    public static IReadOnlyList<SubmissionsPage> Pages(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (!document.RootElement.TryGetProperty("filings", out var filings)
            || !filings.TryGetProperty("files", out var files)
            || files.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return files.EnumerateArray()
            .Where(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
            .Select(f => new SubmissionsPage(
                f.GetProperty("name").GetString()!,
                f.TryGetProperty("filingFrom", out var from) && from.ValueKind == JsonValueKind.String ? ParseDate(from.GetString()!, "filingFrom") : null,
                f.TryGetProperty("filingTo", out var to) && to.ValueKind == JsonValueKind.String ? ParseDate(to.GetString()!, "filingTo") : null))
            .ToList();
    }

    private static List<Filing> Rows(JsonElement recent, string where)
    {
        var accessions = Column(recent, "accessionNumber", where);
        var filingDates = Column(recent, "filingDate", where);
        var reportDates = Column(recent, "reportDate", where);
        var forms = Column(recent, "form", where);
        var documents = Column(recent, "primaryDocument", where);
        var items = recent.TryGetProperty("items", out _) ? Column(recent, "items", where) : null;
        var count = accessions.Length;
        if (new[] { filingDates, reportDates, forms, documents }.Any(c => c.Length != count) || (items is not null && items.Length != count))
        {
            throw new FormatException($"Submissions JSON columns in {where} have different lengths.");
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

    private static string[] Column(JsonElement recent, string name, string where)
    {
        if (!recent.TryGetProperty(name, out var column) || column.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"Submissions JSON {where}.{name} is missing or not an array.");
        }

        return column.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.Null => "",
            _ => throw new FormatException($"Submissions JSON {where}.{name} holds a {e.ValueKind} where a string belongs."),
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

/// <summary>One extra page of a submissions listing: its file name and the filing dates it spans.</summary>
public sealed record SubmissionsPage(string Name, DateOnly? FilingFrom, DateOnly? FilingTo);
