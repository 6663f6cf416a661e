using System.Text.Json;
using IndustryTracker.Core.Facts;

namespace IndustryTracker.Core.Sources.Sec.Xbrl;

/// <summary>
/// Reads SEC's company-facts JSON (<c>facts → taxonomy → concept → units → unit → [fact]</c>) in one forward pass,
/// skipping the thousands of concepts nobody asked for without materialising them.
/// </summary>
public static class CompanyFactsParser
{
    /// <summary>The facts of the concepts in <see cref="FinancialConcepts.All"/>.</summary>
    public static IReadOnlyList<CompanyFact> Parse(Stream json) => Parse(json, FinancialConcepts.All.Contains);

    /// <summary>The facts of the concepts (prefixed, e.g. <c>us-gaap:Revenues</c>) that <paramref name="includeConcept"/> accepts.</summary>
    /// <exception cref="FormatException">The JSON does not have the company-facts shape; the message names the concept.</exception>
    public static IReadOnlyList<CompanyFact> Parse(Stream json, Func<string, bool> includeConcept)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Utf8Buffer.Read(json).Span, includeConcept);
    }

    /// <inheritdoc cref="Parse(Stream, Func{string, bool})"/>
    public static IReadOnlyList<CompanyFact> Parse(ReadOnlySpan<byte> utf8Json, Func<string, bool> includeConcept)
    {
        ArgumentNullException.ThrowIfNull(includeConcept);
        var facts = new List<CompanyFact>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject, "the document");
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("facts"u8))
            {
                reader.Read();
                ReadTaxonomies(ref reader, includeConcept, facts);
            }
            else
            {
                reader.Skip();
            }
        }

        return facts;
    }

    /// <summary>
    /// The document's own top-level <c>cik</c> (the filer the facts belong to), or null when it has none. Read from the
    /// document rather than the work item, so a citation built from it names the filer the facts actually came from.
    /// </summary>
    public static long? Cik(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject, "the document");
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("cik"u8))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            // SEC writes it as a number; some mirrors write the padded string form ("0001652044").
            return reader.TokenType switch
            {
                JsonTokenType.Number when reader.TryGetInt64(out var number) => number,
                JsonTokenType.String when long.TryParse(reader.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var text) => text,
                _ => throw new FormatException($"Company facts: 'cik' should be a number but is {reader.TokenType}."),
            };
        }

        return null;
    }

    private static void ReadTaxonomies(ref Utf8JsonReader reader, Func<string, bool> includeConcept, List<CompanyFact> facts)
    {
        Expect(ref reader, JsonTokenType.StartObject, "facts");
        while (NextProperty(ref reader))
        {
            var taxonomy = reader.GetString()!;
            reader.Read();
            Expect(ref reader, JsonTokenType.StartObject, $"taxonomy '{taxonomy}'");
            while (NextProperty(ref reader))
            {
                var concept = $"{taxonomy}:{reader.GetString()}";
                if (!includeConcept(concept))
                {
                    reader.Skip();
                    continue;
                }

                reader.Read();
                ReadConcept(ref reader, concept, facts);
            }
        }
    }

    private static void ReadConcept(ref Utf8JsonReader reader, string concept, List<CompanyFact> facts)
    {
        Expect(ref reader, JsonTokenType.StartObject, concept);
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("units"u8))
            {
                reader.Skip(); // label, description
                continue;
            }

            reader.Read();
            Expect(ref reader, JsonTokenType.StartObject, $"{concept} units");
            while (NextProperty(ref reader))
            {
                var unit = reader.GetString()!;
                reader.Read();
                Expect(ref reader, JsonTokenType.StartArray, $"{concept} in {unit}");
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    facts.Add(CompanyFactReader.Read(ref reader, concept, unit));
                }
            }
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw new FormatException($"Company facts: {what} should be {expected} but is {reader.TokenType}.");
        }
    }
}
