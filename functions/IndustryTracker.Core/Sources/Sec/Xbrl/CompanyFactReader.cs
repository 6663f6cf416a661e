using System.Globalization;
using System.Text.Json;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>One element of a company-facts unit array: <c>{start?, end, val, accn, fy, fp, form, filed, frame?}</c>.</summary>
internal static class CompanyFactReader
{
    public static CompanyFact Read(ref Utf8JsonReader reader, string concept, string unit)
    {
        var where = $"a {concept} fact in {unit}";
        CompanyFactsParser.Expect(ref reader, JsonTokenType.StartObject, where);
        DateOnly? start = null, end = null, filed = null;
        decimal? value = null;
        string? accession = null, form = null, frame = null;
        while (CompanyFactsParser.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8)) { start = Date(ref reader, where, "start"); }
            else if (reader.ValueTextEquals("end"u8)) { end = Date(ref reader, where, "end"); }
            else if (reader.ValueTextEquals("filed"u8)) { filed = Date(ref reader, where, "filed"); }
            else if (reader.ValueTextEquals("val"u8)) { value = Number(ref reader, where); }
            else if (reader.ValueTextEquals("accn"u8)) { accession = Text(ref reader, where, "accn"); }
            else if (reader.ValueTextEquals("form"u8)) { form = Text(ref reader, where, "form"); }
            else if (reader.ValueTextEquals("frame"u8)) { frame = Text(ref reader, where, "frame"); }
            else { reader.Skip(); } // fy and fp: the filing's fiscal focus, not the fact's period; derived from dates instead.
        }

        return new CompanyFact(
            concept,
            unit,
            start,
            end ?? throw Missing(where, "end"),
            value ?? throw Missing(where, "val"),
            accession ?? throw Missing(where, "accn"),
            form ?? throw Missing(where, "form"),
            filed ?? throw Missing(where, "filed"),
            frame);
    }

    private static FormatException Missing(string where, string field) =>
        new($"Company facts: {where} has no '{field}'.");

    private static string? Text(ref Utf8JsonReader reader, string where, string field)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new FormatException($"Company facts: '{field}' of {where} should be a string but is {reader.TokenType}."),
        };
    }

    private static DateOnly? Date(ref Utf8JsonReader reader, string where, string field)
    {
        var text = Text(ref reader, where, field);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"Company facts: '{field}' of {where} is not a date: '{text}'.");
    }

    private static decimal Number(ref Utf8JsonReader reader, string where)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new FormatException($"Company facts: 'val' of {where} should be a number but is {reader.TokenType}.");
        }

        return reader.TryGetDecimal(out var value)
            ? value
            : throw new FormatException($"Company facts: 'val' of {where} does not fit a decimal.");
    }
}
