using System.Text.Json;

namespace IndustryTracker.Core.Sources.Sec;

/// <summary>
/// SEC's published ticker list (<c>https://www.sec.gov/files/company_tickers.json</c>): an object of numbered entries
/// <c>{"cik_str": 789019, "ticker": "MSFT", "title": "MICROSOFT CORP"}</c> → ticker (upper case) → CIK.
/// </summary>
public static class TickerListParser
{
    public static IReadOnlyDictionary<string, long> Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The ticker list is not a JSON object of entries.");
        }

        var tickers = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object
                && entry.Value.TryGetProperty("ticker", out var ticker) && ticker.ValueKind == JsonValueKind.String
                && entry.Value.TryGetProperty("cik_str", out var cik) && cik.ValueKind == JsonValueKind.Number && cik.TryGetInt64(out var value))
            {
                // The list is ordered by market value; a ticker listed twice keeps its first (larger) filer.
                tickers.TryAdd(ticker.GetString()!.ToUpperInvariant(), value);
            }
        }

        return tickers.Count > 0 ? tickers : throw new FormatException("The ticker list holds no entries with ticker and cik_str.");
    }
}
