using System.Text;

namespace IndustryTracker.Core.Fetching.Validation;

/// <summary>The small checks the per-kind validators share: media type, error-page markers, the document's ends.</summary>
internal static class BodyChecks
{
    // SEC (Akamai) answers over-limit and unidentified clients with these pages, often with status 200.
    private static readonly string[] BlockMarkers =
    [
        "Request Rate Threshold Exceeded",
        "Undeclared Automated Tool",
    ];

    private const int Window = 64 * 1024;

    public static string? MediaType(FetchResult fetched) =>
        fetched.ContentType is { } type && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type, out var parsed) ? parsed.MediaType : null;

    /// <summary>A media type other than the allowed ones (a missing one passes: the body checks still apply).</summary>
    public static string? UnexpectedType(FetchResult fetched, params string[] allowed) =>
        MediaType(fetched) is { } type && !allowed.Any(a => type.Contains(a, StringComparison.OrdinalIgnoreCase))
            ? $"unexpected content type '{type}'"
            : null;

    public static string? BlockPage(byte[] body)
    {
        var head = Head(body);
        return BlockMarkers.FirstOrDefault(m => head.Contains(m, StringComparison.OrdinalIgnoreCase)) is { } marker
            ? $"an error page ('{marker}') in place of the document"
            : null;
    }

    /// <summary>The first bytes as text: markers of error pages and document types sit near the top.</summary>
    public static string Head(byte[] body) => Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, Window));

    public static string Tail(byte[] body) => Encoding.UTF8.GetString(body, Math.Max(0, body.Length - 1024), Math.Min(body.Length, 1024));
}
