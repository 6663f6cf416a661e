using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace IndustryTracker.Core.Sources.Newsroom;

/// <summary>When an article page says it was published.</summary>
internal static class ArticleDates
{
    // JSON-LD graphs are shallow; the bound keeps a hostile block from costing more than a glance.
    private const int MaxJsonDepth = 8;

    /// <summary>article:published_time, else the first &lt;time datetime&gt; outside page chrome, else JSON-LD.</summary>
    public static DateTimeOffset? Published(IDocument html) =>
        Parse(ArticleMeta.Content(html, "article:published_time"))
        ?? html.QuerySelectorAll("time[datetime]")
            .Where(t => t.Closest("nav, aside, footer") is null)
            .Select(t => Parse(t.GetAttribute("datetime")))
            .FirstOrDefault(d => d is not null)
        ?? JsonLd(html);

    /// <summary>ISO 8601 as these tags carry it; a bare date or a time without zone is read as UTC.</summary>
    internal static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    private static DateTimeOffset? JsonLd(IDocument html)
    {
        foreach (var script in html.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent);
            }
            catch (JsonException)
            {
                // Broken structured data is common and not the article: read the next block, or go without a date.
                continue;
            }

            using (json)
            {
                var found = DatePublished(json.RootElement, 0);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // First datePublished in document order, through arrays, @graph and nested objects.
    private static DateTimeOffset? DatePublished(JsonElement element, int depth)
    {
        if (depth > MaxJsonDepth)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(e => DatePublished(e, depth + 1)).FirstOrDefault(d => d is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String
            && Parse(date.GetString()) is { } published)
        {
            return published;
        }

        return element.EnumerateObject().Select(p => DatePublished(p.Value, depth + 1)).FirstOrDefault(d => d is not null);
    }
}
