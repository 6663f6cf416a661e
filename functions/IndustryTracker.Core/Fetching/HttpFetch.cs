using System.Net;
using System.Net.Http.Headers;

namespace IndustryTracker.Core.Fetching;

/// <summary>
/// One GET, conditional when we hold validators, with the outcome as a value. Every source's typed client calls
/// this, so not-modified, HTTP errors and exhausted retries look the same to every collector.
/// </summary>
public static class HttpFetch
{
    public static async Task<FetchResult> GetAsync(HttpClient http, Uri url, Validators validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        else if (validators.LastModified is { } since)
        {
            request.Headers.IfModifiedSince = since;
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, response.StatusCode, null, null, response.Headers.ETag?.ToString(), null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult(url, response.StatusCode, null, null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.Content.Headers.ContentLength is { } length && length != body.Length)
            {
                // A connection cut mid-body can still hand over what arrived; a partial document is a failed fetch.
                return new FetchResult(url, response.StatusCode, null, null, null, null, $"truncated body: {body.Length} of {length} bytes");
            }

            return new FetchResult(
                url,
                response.StatusCode,
                body,
                response.Content.Headers.ContentType?.ToString(),
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified,
                null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.RateLimiting.RateLimiterRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            // One document's failure is recorded and retried later; it must not stop the others.
            return new FetchResult(url, 0, null, null, null, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
